import type { ComponentChildren } from "preact";
import type { Me } from "../auth";
import { roles } from "../format";
import { Link } from "../router";

const navigation: Record<string, { href: string; label: string }[]> = {
    ReceptionOfficer: [
        { href: "/tiep-nhan", label: "Bàn tiếp nhận" },
        { href: "/tiep-nhan/moi", label: "Tiếp nhận hồ sơ mới" },
    ],
    DepartmentOfficer: [{ href: "/cong-viec", label: "Công việc của tôi" }],
    Administrator: [{ href: "/quan-tri", label: "Quản trị hệ thống" }],
    Applicant: [
        { href: "/cua-toi", label: "Hồ sơ của tôi" },
        { href: "/nop-ho-so", label: "Nộp hồ sơ trực tuyến" },
    ],
    Leader: [
        { href: "/lanh-dao", label: "Theo dõi, đánh giá" },
        { href: "/lanh-dao/chi-so-766", label: "Bộ chỉ số 766" },
        { href: "/tiep-nhan", label: "Tra cứu hồ sơ" },
    ],
};

/** The frame of every page: a skip link, the header with the user and their pages, the main region. */
export function Layout(props: { me: Me | null; onSignOut: () => void; children: ComponentChildren }) {
    const { me } = props;
    return (
        <>
            <a class="skip" href="#main">
                Bỏ qua đến nội dung chính
            </a>
            <header class="top">
                <Link href="/" class="brand">
                    Một cửa điện tử
                </Link>
                <nav aria-label="Trang làm việc">
                    {(me ? (navigation[me.role] ?? []) : []).map((n) => (
                        <Link key={n.href} href={n.href}>
                            {n.label}
                        </Link>
                    ))}
                    <Link href="/tra-cuu">Tra cứu công khai</Link>
                </nav>
                <div class="user">
                    {me ? (
                        <>
                            <span>
                                {me.name} · {roles[me.role] ?? me.role}
                                {me.departmentName ? ` · ${me.departmentName}` : ""}
                            </span>
                            <button type="button" class="link" onClick={props.onSignOut}>
                                Đăng xuất
                            </button>
                        </>
                    ) : (
                        <Link href="/dang-nhap">Đăng nhập</Link>
                    )}
                </div>
            </header>
            <main id="main" tabIndex={-1}>
                {props.children}
            </main>
        </>
    );
}
