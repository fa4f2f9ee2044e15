package org.chokepoint.server;

import org.chokepoint.workspace.policy.Principal;

/**
 * Who sent a request and how it proved it.
 *
 * @param via {@code anonymous}, {@code session} (cookie), {@code token} (bearer) or {@code local}
 *     (single-user mode)
 * @param sessionId the session cookie's value, when signed in by session
 * @param csrf the token unsafe requests must echo in {@value WebSecurity#CSRF_HEADER}, when the
 *     credential is ambient (session or local)
 * @param accountsExist whether the server has accounts (else analyses stay open as before)
 */
public record Caller(
    Principal principal, String via, String sessionId, String csrf, boolean accountsExist) {
  static Caller anonymous(boolean accountsExist) {
    return new Caller(Principal.anonymous(), "anonymous", null, null, accountsExist);
  }
}
