package org.chokepoint.workspace.policy;

/**
 * Who may call an endpoint at all, before any object is looked at (DECISIONS D-ws-3).
 *
 * <ul>
 *   <li>{@code PUBLIC}: anyone, anonymous included: analyses of the public datasets, the catalog;
 *   <li>{@code SIGN_IN}: the sign-in, sign-out and who-am-I endpoints;
 *   <li>{@code MEMBER}: a signed-in member of some organisation: analyses of uploaded files;
 *   <li>{@code ADMIN}: an admin of some organisation: what changes the server for everyone
 *       (importing a dataset into the catalog, reading the audit log);
 *   <li>{@code OBJECTS}: anyone, each object decided by the policy (anonymous readers see {@code
 *       TLP:CLEAR} only; creating and sharing need a member with the right role).
 * </ul>
 */
public enum RouteAccess {
  PUBLIC,
  SIGN_IN,
  MEMBER,
  ADMIN,
  OBJECTS
}
