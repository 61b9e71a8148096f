// Page addresses in the browser's history: a link to a dossier, the QR code's /tra-cuu, reloads and the back button
// all work; the server answers index.html for every page address.
import type { AnchorHTMLAttributes, ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

export function navigate(to: string, replace = false) {
    if (replace) history.replaceState(null, "", to);
    else history.pushState(null, "", to);
    dispatchEvent(new PopStateEvent("popstate"));
}

export function useLocation(): URL {
    const [href, setHref] = useState(location.href);
    useEffect(() => {
        const changed = () => setHref(location.href);
        addEventListener("popstate", changed);
        changed(); // a page that went on to another address before this listener was there
        return () => removeEventListener("popstate", changed);
    }, []);
    return new URL(href);
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children: ComponentChildren };

export function Link({ href, children, ...rest }: LinkProps) {
    const follow = (e: MouseEvent) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(href);
    };
    return (
        <a href={href} onClick={follow} {...rest}>
            {children}
        </a>
    );
}
