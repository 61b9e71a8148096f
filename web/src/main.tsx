import { render } from "preact";
import { App } from "./app";
import { startSession } from "./auth";

const root = document.getElementById("app")!;
startSession().then(
    (me) => {
        root.replaceChildren(); // the "loading" line
        render(<App me={me} />, root);
    },
    () => {
        root.textContent = "Không tải được cấu hình của trang. Vui lòng tải lại trang.";
    },
);
