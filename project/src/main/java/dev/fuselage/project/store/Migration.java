package dev.fuselage.project.store;

import java.util.List;
import java.util.Objects;

/**
 * One step of the annotation schema: the SQL that takes a database from {@code version - 1} to {@code version}.
 * Statements must be safe to run on a database that already has part of their result (use {@code IF NOT EXISTS}),
 * so that databases written by early builds without a version table are adopted rather than rejected.
 *
 * @param version     the schema version after this step
 * @param description what the step adds
 * @param statements  SQL statements, run in order inside one transaction with the version bump
 */
record Migration(int version, String description, List<String> statements) {
    Migration {
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
    }
}
