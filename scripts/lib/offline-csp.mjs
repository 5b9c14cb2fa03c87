// The Content-Security-Policy the e2e harness and the benchmark serve the saved pages with.
// A saved page still points at its site's scripts, frames and images. Offline those loads fail at a
// speed that depends on the machine's resolver, and each failed frame becomes an error page, which
// in Firefox can abort the test's navigation of the top page (seen in CI on yahoo-2). Keeping the
// page's requests on loopback turns the frames into about:blank and makes every machine alike;
// inline scripts (the page's own and the benchmark's injected ones) still run.
export const OFFLINE_CSP = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";
