// Who is signed in, and how. Development: the server's sign-in page sets an HttpOnly cookie the scripts never see.
// The province's identity provider (OpenID Connect, Entra ID in Azure): the access token lives in this page's
// memory only, never in localStorage or sessionStorage; a reload signs in again through the provider's session.
import { api, call, configureApi, type Schemas } from "./api/client";

export type Me = Schemas["MeView"];

export interface AppConfig {
    signIn: "development" | "oidc" | "none";
    apiBase: string;
    oidc?: { authority: string; clientId: string; scope: string };
}

type Oidc = import("oidc-client-ts").UserManager;
let oidc: Oidc | null = null;
let config: AppConfig = { signIn: "none", apiBase: "" };

export const signInMode = () => config.signIn;

export async function startSession(): Promise<Me | null> {
    config = await fetch("/config.json", { cache: "no-store" }).then((r) => r.json() as Promise<AppConfig>);
    if (config.signIn === "oidc" && config.oidc) {
        // Loaded only where it is used: the development workspace never downloads it.
        const { UserManager, WebStorageStateStore, InMemoryWebStorage } = await import("oidc-client-ts");
        oidc = new UserManager({
            authority: config.oidc.authority,
            client_id: config.oidc.clientId,
            redirect_uri: `${location.origin}/dang-nhap`,
            post_logout_redirect_uri: `${location.origin}/`,
            scope: `openid profile ${config.oidc.scope}`,
            response_type: "code",
            userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
        });
        if (location.pathname === "/dang-nhap" && new URLSearchParams(location.search).has("code")) {
            try {
                const user = await oidc.signinRedirectCallback();
                history.replaceState(null, "", typeof user.state === "string" ? user.state : "/");
            } catch {
                // An old or replayed answer from the provider: the sign-in page offers to sign in again.
                history.replaceState(null, "", "/dang-nhap");
            }
        }
    }
    configureApi(config.apiBase, async () => (oidc ? ((await oidc.getUser())?.access_token ?? null) : null));
    return whoAmI();
}

export async function whoAmI(): Promise<Me | null> {
    try {
        return await call(api.GET("/api/me"));
    } catch {
        return null;
    }
}

/** The province's sign-in page; it comes back to where the user was. */
export async function signInWithProvider(returnTo: string) {
    await oidc?.signinRedirect({ state: returnTo });
}

export interface DevelopmentIdentity {
    role: string;
    subject: string;
    name: string;
    department?: string | null;
    intakePoint?: string | null;
    label: string;
}

export async function developmentIdentities(): Promise<DevelopmentIdentity[]> {
    const response = await fetch("/dev/identities", { cache: "no-store" });
    return response.ok ? response.json() : [];
}

export async function signInForDevelopment(identity: DevelopmentIdentity): Promise<Me | null> {
    const response = await fetch("/dev/sign-in", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(identity),
    });
    return response.ok ? whoAmI() : null;
}

export async function signOut() {
    if (oidc) {
        await oidc.removeUser();
        await oidc.signoutRedirect();
        return;
    }
    await fetch("/dev/sign-out", { method: "POST" });
}
