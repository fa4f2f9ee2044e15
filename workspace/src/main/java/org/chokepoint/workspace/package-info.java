/**
 * Workspace state shared by organisations: organisations, users and roles, sharing labels (TLP
 * 2.0), the one access policy and the tamper-evident audit log, kept in PostgreSQL.
 */
package org.chokepoint.workspace;
