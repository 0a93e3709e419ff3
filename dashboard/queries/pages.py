"""Every query each dashboard page runs, in one place, so the benchmark can time a page's
worth of SQL without a browser (and stays in step when a page gains a query). The page
registry (:mod:`dashboard.pages`) names each page's function."""

from __future__ import annotations

import duckdb

from dashboard.queries import goals, ntm, officers, overview, training
from dashboard.queries.scope import Scope
from etl import config


def overview_page(con: duckdb.DuckDBPyConnection, scope: Scope) -> None:
    overview.headline(con, scope.unit, scope.years, scope)
    for unit in overview.plan_units(scope):
        goals.goal_progress(con, unit, scope.years)
        overview.freshness(con, unit)
        years = overview.reporting_years(con, unit)
        if years:
            overview.reporting(con, unit, years[-1])


def officers_page(con: duckdb.DuckDBPyConnection, scope: Scope) -> None:
    officers.profile(con, scope)
    officers.by_unit(con, scope)
    officers.tenure_timeline(con, scope)
    officers.roster(con, scope, "")
    officers.batch_ids(con, scope)


def ntm_page(con: duckdb.DuckDBPyConnection, scope: Scope) -> None:
    years = ntm.years(con, scope)
    ntm.levels_by_year(con, scope)
    ntm.ntm_goals(con, scope)
    ntm.trend(con, scope)
    if years:
        year = years[-1]
        ntm.near_misses(con, scope, year)
        cset = scope.criteria_set or ntm.criteria_set_of(con, scope, year)
        if cset:
            ntm.heatmap(con, scope, year, cset)
        ntm.distribution(con, scope, year)
        ntm.map_points(con, scope, year)
    ntm.batch_ids(con, scope)


def training_page(con: duckdb.DuckDBPyConnection, scope: Scope) -> None:
    training.by_category(con, scope)
    training.projections(training.cumulative(con, scope), config.today())
    training.by_year(con, scope)
    training.by_unit(con, scope)
    training.batch_ids(con, scope)


def unit_page(con: duckdb.DuckDBPyConnection, scope: Scope) -> None:
    goals.goal_progress(con, scope.unit, scope.years)
    officers.composition(con, scope)
    officers.by_unit(con, scope)
    ntm.levels_by_year(con, scope)
    years = ntm.years(con, scope)
    if years:
        ntm.near_misses(con, scope, years[-1])
    training.by_category(con, scope)
