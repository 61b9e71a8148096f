// The typed client of the OneStop API: every path, parameter and body is checked against the OpenAPI document
// (schema.d.ts is generated from web/openapi.json, which a test keeps equal to what the server serves).
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];

/** A problem detail (RFC 7807) from the API, with the fields it names ("applicant.fullName", …). */
export interface Problem {
    type?: string | null;
    title?: string | null;
    status?: number | null;
    detail?: string | null;
    errors?: Record<string, string[]>;
}

/** The API answered with a problem. */
export class ApiError extends Error {
    constructor(
        readonly status: number,
        readonly problem: Problem,
    ) {
        super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    }

    /** The stable code at the end of the problem's type (urn:onestop:problem:CODE). */
    get code(): string {
        return (this.problem.type ?? "").split(":").pop() ?? "";
    }
}

/** The request never got an answer: nothing is known to have changed, and sending it again is safe. */
export class NetworkError extends Error {
    constructor() {
        super("Không kết nối được máy chủ. Kiểm tra mạng rồi bấm «Gửi lại»: yêu cầu sẽ không bị ghi hai lần.");
    }
}

let apiBase = "";
let bearer: () => Promise<string | null> = async () => null;

const authorize: Middleware = {
    async onRequest({ request }) {
        const token = await bearer();
        if (token) request.headers.set("Authorization", `Bearer ${token}`);
        return request;
    },
};

function createApi(baseUrl: string): Client<paths> {
    const client = createClient<paths>({ baseUrl, credentials: "same-origin", cache: "no-store" });
    client.use(authorize);
    return client;
}

/** The API, typed by its OpenAPI document. */
export let api = createApi("");

/** Where the API is (empty: the same origin) and how a request gets its token (none: the HttpOnly cookie of development). */
export function configureApi(base: string, token: () => Promise<string | null>) {
    apiBase = base.replace(/\/$/, "");
    bearer = token;
    api = createApi(apiBase);
}

/** The answer's data, or an ApiError with its problem, or a NetworkError when nothing came back. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
    let result: { data?: T; error?: unknown; response: Response };
    try {
        result = await request;
    } catch (e) {
        if (e instanceof ApiError) throw e;
        throw new NetworkError();
    }
    if (!result.response.ok) throw new ApiError(result.response.status, (result.error ?? {}) as Problem);
    return result.data as T;
}

/** A file or page of the API as a blob (documents, printed forms), with the caller's token. */
export async function fetchBlob(path: string): Promise<Blob> {
    let response: Response;
    try {
        const token = await bearer();
        response = await fetch(apiBase + path, {
            credentials: "same-origin",
            cache: "no-store",
            headers: token ? { Authorization: `Bearer ${token}` } : {},
        });
    } catch {
        throw new NetworkError();
    }
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
    return response.blob();
}

/**
 * A multipart upload with its progress (fetch cannot report an upload's progress). The Idempotency-Key is the
 * caller's, kept across retries: a retry after a lost answer files nothing twice.
 */
export async function upload<T>(
    path: string,
    body: FormData,
    idempotencyKey: string,
    onProgress: (fraction: number) => void,
): Promise<T> {
    const token = await bearer();
    return new Promise<T>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open("POST", apiBase + path);
        xhr.setRequestHeader("Idempotency-Key", idempotencyKey);
        if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
        xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
        xhr.onerror = () => reject(new NetworkError());
        xhr.onload = () => {
            let parsed: unknown = {};
            try {
                parsed = JSON.parse(xhr.responseText);
            } catch {
                /* an empty or non-JSON answer */
            }
            if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as T);
            else reject(new ApiError(xhr.status, parsed as Problem));
        };
        xhr.send(body);
    });
}

/** A fresh Idempotency-Key for one user action. */
export const newKey = () => crypto.randomUUID();
