import type { Me } from "../../auth";
import { DossierTable } from "../../components/DossierTable";
import { Link } from "../../router";

/** The applicant's own dossiers, filed online under their account, each with its status and its appointment. */
export function MyDossiers(props: { me: Me }) {
    return (
        <section>
            <h1 tabIndex={-1}>Hồ sơ của tôi</h1>
            <p>
                Xin chào {props.me.name}. Đây là các hồ sơ ông/bà đã nộp trực tuyến; chọn mã hồ sơ để xem tình trạng, bổ
                sung giấy tờ, rút hồ sơ, tải biểu mẫu và đánh giá sau khi nhận kết quả.
            </p>
            <p>
                <Link href="/nop-ho-so" class="button primary">
                    Nộp hồ sơ mới
                </Link>
            </p>
            <DossierTable
                source="/api/my/dossiers"
                query={{}}
                caption="Hồ sơ đã nộp"
                empty="Ông/bà chưa nộp hồ sơ nào trực tuyến."
            />
        </section>
    );
}
