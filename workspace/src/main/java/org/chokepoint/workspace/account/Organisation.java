package org.chokepoint.workspace.account;

/**
 * An organisation on the server.
 *
 * @param country ISO 3166-1 alpha-3, or null for the local organisation of single-user mode
 * @param local whether it is the local organisation of single-user mode
 */
public record Organisation(
    long id, String name, OrganisationKind kind, String country, boolean local) {}
