package org.chokepoint.workspace.auth;

import java.util.Optional;
import org.chokepoint.workspace.account.User;

/**
 * An external identity provider, such as a ministry's OpenID Connect server. The web layer sends
 * the browser to {@link #authorizationUrl}, receives the callback and hands its parameters to
 * {@link #complete}; the provider checks them (for OIDC: the authorization-code exchange, the ID
 * token's signature, issuer, audience, expiry and nonce) and maps the subject to a workspace user,
 * which {@link Authenticator#signIn} then gives a session. Roles stay in the workspace: the
 * provider vouches for who someone is, not for what they may see. See docs/security.md.
 */
public interface IdentityProvider {
  /** A short name such as {@code oidc:mofa}, recorded as the sign-in method. */
  String name();

  /** Where to send the browser, carrying {@code state} and {@code nonce} to check on return. */
  String authorizationUrl(String state, String nonce);

  /** The user the callback vouches for, or empty when the callback does not check out. */
  Optional<User> complete(java.util.Map<String, String> callbackParameters, String nonce);
}
