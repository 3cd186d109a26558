/**
 * Leaving the SPA for the bank's hosted page: a plain navigation, not a form post (the gateway's CSP `form-action`
 * allows only itself and Keycloak). An object so a test can replace it (jsdom cannot navigate).
 */
export const browser = {
  assign(url: string): void {
    window.location.assign(url);
  },
};
