// The public lookup: the dossier's status, steps and promised date by its code and tracking secret, nothing
// personal. The QR code on the receipt (Mẫu 01) opens this page with ?code= and &secret= filled in.
"use strict";

const stateNames = { Pending: "Chưa đến lượt", Active: "Đang xử lý", Approved: "Đã xong", Rejected: "Không đồng ý", Cancelled: "Đã hủy" };

function when(text) {
  if (!text) return "";
  const d = new Date(text);
  const p = (n) => String(n).padStart(2, "0");
  // Vietnam's time whatever the phone's zone: the API writes +07:00; shift to it before reading the parts.
  const local = new Date(d.getTime() + 7 * 3600 * 1000);
  return `${p(local.getUTCHours())}:${p(local.getUTCMinutes())} ngày ${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

function row(list, term, value) {
  const dt = document.createElement("dt");
  dt.textContent = term;
  const dd = document.createElement("dd");
  dd.textContent = value;
  list.append(dt, dd);
}

function show(status) {
  const result = document.getElementById("result");
  result.replaceChildren();
  const card = document.createElement("div");
  card.className = "card";
  const title = document.createElement("p");
  title.className = "status";
  title.textContent = status.statusName;
  const list = document.createElement("dl");
  row(list, "Mã hồ sơ", status.code);
  row(list, "Thủ tục", status.procedureName);
  if (status.receivedAt) row(list, "Ngày tiếp nhận", when(status.receivedAt));
  if (status.appointmentAt) row(list, "Hẹn trả kết quả", when(status.revisedAppointmentAt || status.appointmentAt));
  const steps = document.createElement("ol");
  for (const step of status.steps || []) {
    const item = document.createElement("li");
    item.textContent = `${step.name} — ${step.department}: ${stateNames[step.state] || step.state}`;
    steps.append(item);
  }
  card.append(title, list, steps);
  result.append(card);
}

async function lookUp(code, secret) {
  const codeError = document.getElementById("code-error");
  const secretError = document.getElementById("secret-error");
  codeError.textContent = code ? "" : "Vui lòng nhập mã hồ sơ.";
  secretError.textContent = secret ? "" : "Vui lòng nhập mã tra cứu.";
  if (!code || !secret) return;
  const result = document.getElementById("result");
  result.textContent = "Đang tra cứu…";
  try {
    const response = await fetch(`/api/status/${encodeURIComponent(code)}`, { headers: { "X-Tracking-Secret": secret }, cache: "no-store" });
    if (response.ok) {
      show(await response.json());
      return;
    }
    const problem = await response.json().catch(() => ({}));
    result.textContent = problem.detail || "Không tra cứu được hồ sơ. Vui lòng thử lại sau.";
  } catch {
    result.textContent = "Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.";
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("lookup");
  const params = new URLSearchParams(location.search);
  form.code.value = params.get("code") || "";
  form.secret.value = params.get("secret") || "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    lookUp(form.code.value.trim(), form.secret.value.trim());
  });
  if (form.code.value && form.secret.value) lookUp(form.code.value.trim(), form.secret.value.trim());
});
