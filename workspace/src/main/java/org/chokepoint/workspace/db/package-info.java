/**
 * The workspace database: the embedded PostgreSQL server, the connection pool and the schema
 * migrations.
 */
package org.chokepoint.workspace.db;
