import { useEffect, useState } from "preact/hooks";
import { signOut, type Me } from "./auth";
import { Layout } from "./components/Layout";
import { Administration } from "./pages/admin/Administration";
import { ApplicantDossier } from "./pages/applicant/ApplicantDossier";
import { MyDossiers } from "./pages/applicant/MyDossiers";
import { Filing } from "./pages/Filing";
import { DossierPage } from "./pages/DossierPage";
import { Home } from "./pages/Home";
import { Dashboard } from "./pages/leaders/Dashboard";
import { Figure } from "./pages/leaders/Figure";
import { Scorecard } from "./pages/leaders/Scorecard";
import { ScorecardFigure } from "./pages/leaders/ScorecardFigure";
import { Lookup } from "./pages/Lookup";
import { MyWork } from "./pages/MyWork";
import { ReceptionDesk } from "./pages/ReceptionDesk";
import { SignIn } from "./pages/SignIn";
import { navigate, useLocation } from "./router";

/** Where each role starts its day. */
const homeOf: Record<string, string> = {
    ReceptionOfficer: "/tiep-nhan",
    DepartmentOfficer: "/cong-viec",
    Leader: "/lanh-dao",
    Applicant: "/cua-toi",
    Administrator: "/quan-tri",
};

const titles: [RegExp, string][] = [
    [/^\/tra-cuu/, "Tra cứu hồ sơ"],
    [/^\/dang-nhap/, "Đăng nhập"],
    [/^\/tiep-nhan\/moi/, "Tiếp nhận hồ sơ mới"],
    [/^\/tiep-nhan/, "Bàn tiếp nhận"],
    [/^\/cua-toi/, "Hồ sơ của tôi"],
    [/^\/quan-tri/, "Quản trị hệ thống"],
    [/^\/nop-ho-so/, "Nộp hồ sơ trực tuyến"],
    [/^\/cong-viec/, "Công việc của tôi"],
    [/^\/ho-so\//, "Hồ sơ"],
    [/^\/lanh-dao\/ho-so/, "Hồ sơ theo số liệu"],
    [/^\/lanh-dao\/chi-so-766\/ho-so/, "Hồ sơ của chỉ số"],
    [/^\/lanh-dao\/chi-so-766/, "Bộ chỉ số 766"],
    [/^\/lanh-dao/, "Theo dõi, đánh giá"],
];

/** Goes on to another page address, once rendered (never while rendering). */
function Redirect(props: { to: string }) {
    useEffect(() => navigate(props.to, true), [props.to]);
    return null;
}

export function App(props: { me: Me | null }) {
    const [me, setMe] = useState(props.me);
    const url = useLocation();
    const path = url.pathname.replace(/\/+$/, "") || "/";

    // Each page says where the user is (the window's title), and the reader starts at its heading.
    useEffect(() => {
        document.title = `${titles.find(([p]) => p.test(path))?.[1] ?? "Một cửa điện tử"} — Một cửa điện tử`;
        const heading = document.querySelector<HTMLElement>("main h1");
        if (heading && document.activeElement === document.body) heading.focus();
    }, [path]);

    const page = () => {
        if (path === "/tra-cuu") return <Lookup query={url.searchParams} />;
        if (path === "/dang-nhap")
            return (
                <SignIn
                    returnTo={url.searchParams.get("tiep") ?? "/"}
                    onSignedIn={(m) => {
                        setMe(m);
                        navigate(url.searchParams.get("tiep") ?? homeOf[m.role] ?? "/", true);
                    }}
                />
            );
        if (!me) {
            if (path === "/") return <Home />;
            return <Redirect to={`/dang-nhap?tiep=${encodeURIComponent(path + url.search)}`} />;
        }
        if (path === "/") return <Redirect to={homeOf[me.role] ?? "/tra-cuu"} />;
        if (path === "/tiep-nhan" && (me.role === "ReceptionOfficer" || me.role === "Leader"))
            return <ReceptionDesk me={me} query={url.searchParams} />;
        if (path === "/tiep-nhan/moi" && me.role === "ReceptionOfficer") return <Filing me={me} mode="counter" />;
        if (path === "/nop-ho-so" && me.role === "Applicant") return <Filing me={me} mode="online" />;
        if (path === "/cua-toi" && me.role === "Applicant") return <MyDossiers me={me} />;
        if (path === "/quan-tri" && me.role === "Administrator") return <Administration />;
        if (path === "/cong-viec" && me.role === "DepartmentOfficer") return <MyWork me={me} />;
        if (path === "/lanh-dao" && me.role === "Leader")
            return <Dashboard key={url.search} query={url.searchParams} />;
        if (path === "/lanh-dao/ho-so" && me.role === "Leader") return <Figure query={url.searchParams} />;
        if (path === "/lanh-dao/chi-so-766" && me.role === "Leader")
            return <Scorecard key={url.search} query={url.searchParams} />;
        if (path === "/lanh-dao/chi-so-766/ho-so" && me.role === "Leader")
            return <ScorecardFigure query={url.searchParams} />;
        const dossier = /^\/ho-so\/([^/]+)$/.exec(path);
        if (dossier && me.role === "Applicant")
            return <ApplicantDossier key={dossier[1]} me={me} code={decodeURIComponent(dossier[1]!)} />;
        if (dossier) return <DossierPage key={dossier[1]} me={me} code={decodeURIComponent(dossier[1]!)} />;
        return (
            <section>
                <h1 tabIndex={-1}>Không có trang này</h1>
                <p>Trang bạn mở không tồn tại hoặc không dành cho vai trò của bạn.</p>
            </section>
        );
    };

    return (
        <Layout
            me={me}
            onSignOut={async () => {
                await signOut();
                setMe(null);
                navigate("/", true);
            }}
        >
            {page()}
        </Layout>
    );
}
