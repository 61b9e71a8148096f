import { Link } from "../router";

/** The first page of someone not signed in: the public look-up, and the officers' sign-in. */
export function Home() {
    return (
        <section class="home">
            <h1 tabIndex={-1}>Hệ thống một cửa điện tử</h1>
            <p>Trung tâm Phục vụ hành chính công: tiếp nhận, giải quyết và trả kết quả thủ tục hành chính.</p>
            <div class="actions">
                <Link href="/tra-cuu" class="button primary">
                    Tra cứu tình trạng hồ sơ
                </Link>
                <Link href="/dang-nhap" class="button">
                    Đăng nhập cho cán bộ
                </Link>
            </div>
        </section>
    );
}
