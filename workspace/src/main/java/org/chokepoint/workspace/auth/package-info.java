/**
 * Authentication: password sign-in, sessions, API tokens, the local analyst, external providers.
 */
package org.chokepoint.workspace.auth;
