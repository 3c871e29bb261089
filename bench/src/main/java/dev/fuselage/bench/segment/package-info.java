/** Issue #11 budgets: lasso selection, a brush step and ground estimation (JMH). */
package dev.fuselage.bench.segment;
