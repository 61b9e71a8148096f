import { useEffect, useState } from "preact/hooks";
import {
    developmentIdentities,
    signInForDevelopment,
    signInMode,
    signInWithProvider,
    type DevelopmentIdentity,
    type Me,
} from "../auth";

/**
 * Signing in: with the province's identity provider; or, when the server runs in Development (training,
 * demonstrations, tests), by choosing one of the sample accounts, each a role at a place of work.
 */
export function SignIn(props: { onSignedIn: (me: Me) => void; returnTo: string }) {
    const [identities, setIdentities] = useState<DevelopmentIdentity[]>([]);
    const [failed, setFailed] = useState(false);
    const mode = signInMode();
    useEffect(() => {
        if (mode === "development") void developmentIdentities().then(setIdentities);
    }, []);

    return (
        <section class="sign-in">
            <h1 tabIndex={-1}>Đăng nhập</h1>
            {mode === "oidc" && (
                <button type="button" class="primary" onClick={() => signInWithProvider(props.returnTo)}>
                    Đăng nhập bằng tài khoản của tỉnh
                </button>
            )}
            {mode === "none" && <p>Máy chủ này chưa cấu hình đăng nhập. Chỉ có trang tra cứu công khai.</p>}
            {mode === "development" && (
                <>
                    <p class="alert">Môi trường phát triển, đào tạo: chọn một tài khoản mẫu để đăng nhập.</p>
                    {failed && (
                        <p class="alert error" role="alert">
                            Không đăng nhập được. Vui lòng thử lại.
                        </p>
                    )}
                    <ul class="identities">
                        {identities.map((i) => (
                            <li key={`${i.role}-${i.subject}`}>
                                <button
                                    type="button"
                                    onClick={async () => {
                                        const me = await signInForDevelopment(i);
                                        if (me) props.onSignedIn(me);
                                        else setFailed(true);
                                    }}
                                >
                                    <strong>{i.name}</strong>
                                    <span>{i.label}</span>
                                </button>
                            </li>
                        ))}
                    </ul>
                </>
            )}
        </section>
    );
}
