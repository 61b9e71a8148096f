// A stand-in for the province's identity provider (OpenID Connect, authorization code with PKCE), for the browser
// tests of the provider sign-in and for trying it locally: `node web/tools/identity-provider.mjs PORT`. It signs real
// RS256 tokens (keys at /jwks) and signs in, without asking, the one person its environment names:
// ONESTOP_IDP_AUDIENCE, ONESTOP_IDP_ROLE, ONESTOP_IDP_SUB, ONESTOP_IDP_NAME, ONESTOP_IDP_INTAKE_POINT, ONESTOP_IDP_DEPARTMENT.
import { OAuth2Server } from "oauth2-mock-server";

const port = Number(process.argv[2] ?? 8089);
const env = process.env;
const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");
server.service.on("beforeTokenSigning", (token) => {
    // The ID token is for the pages (its audience is their client id); the access token is for the API.
    token.payload.aud ??= env.ONESTOP_IDP_AUDIENCE ?? "api://onestop";
    Object.assign(token.payload, {
        role: env.ONESTOP_IDP_ROLE ?? "ReceptionOfficer",
        sub: env.ONESTOP_IDP_SUB ?? "officer-1",
        name: env.ONESTOP_IDP_NAME ?? "Nguyễn Thị Lan",
        ...(env.ONESTOP_IDP_INTAKE_POINT ? { intake_point: env.ONESTOP_IDP_INTAKE_POINT } : {}),
        ...(env.ONESTOP_IDP_DEPARTMENT ? { department: env.ONESTOP_IDP_DEPARTMENT } : {}),
    });
});
await server.start(port, "127.0.0.1");
console.log(`ready ${server.issuer.url}`);
const stop = async () => {
    await server.stop();
    process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.resume();
