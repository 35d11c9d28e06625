"""case flows: how a case ended (closure type), the hand-overs to the township, and the
emergency's clock from the report

`cases.closure_type` is '' for the cases closed before: nobody recorded how they ended, and a
guess would be counted as a fact. `case_handovers` holds each escalation's channel and who took
it at the township. An open emergency's time limit now runs from its report (the category's
limit in working days), not from its filing: open emergencies get that due time here, or keep a
later one they already had (an approved extension).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 19:00:00
"""

from datetime import date, datetime, timedelta

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closure_type', sa.String(length=16), nullable=False, server_default=''))
    op.create_table('case_handovers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('taken_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_handovers_case_id_cases')),
    sa.ForeignKeyConstraint(['event_id'], ['case_events.id'], name=op.f('fk_case_handovers_event_id_case_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_handovers')),
    sa.UniqueConstraint('event_id', name=op.f('uq_case_handovers_event_id'))
    )
    with op.batch_alter_table('case_handovers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_handovers_case_id'), ['case_id'], unique=False)
    _emergency_clocks_from_the_report()


def downgrade() -> None:
    with op.batch_alter_table('case_handovers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_handovers_case_id'))
    op.drop_table('case_handovers')
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): batch mode would copy and drop `cases`,
    # which the foreign keys of its events and people refuse once there are any.
    op.drop_column('cases', 'closure_type')


_cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("category_id", sa.Integer),
                  sa.column("work_kind", sa.String), sa.column("state", sa.String),
                  sa.column("reported_at", sa.DateTime), sa.column("due_at", sa.DateTime))
_categories = sa.table("case_categories", sa.column("id", sa.Integer), sa.column("limit_days", sa.Integer))
_own_days = sa.table("calendar_days", sa.column("day", sa.Date), sa.column("kind", sa.String))


def _emergency_clocks_from_the_report() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.select(_cases.c.id, _cases.c.category_id, _cases.c.reported_at, _cases.c.due_at)
                        .where(_cases.c.work_kind == "emergency", _cases.c.state != "closed")).all()
    if not rows:
        return
    limits = dict(conn.execute(sa.select(_categories.c.id, _categories.c.limit_days)).all())
    years = sorted({r.reported_at.year + d for r in rows for d in (0, 1)})
    is_working = _working_days(conn, years)
    for r in rows:
        due = _add_working_days(r.reported_at, limits.get(r.category_id, 10), is_working)
        if r.due_at is None or r.due_at < due:
            conn.execute(_cases.update().where(_cases.c.id == r.id).values(due_at=due))


# Working days as the app counted them at this revision (services/cases.china_calendar and
# domain/workdays.py), written out here so this step never depends on code that moves on.
def _working_days(conn, years):
    import holidays

    cn = holidays.China(years=years)
    off, worked = set(cn), set(cn.weekend_workdays)
    for day, kind in conn.execute(sa.select(_own_days.c.day, _own_days.c.kind)).all():
        (off if kind == "holiday" else worked).add(day)
        (worked if kind == "holiday" else off).discard(day)

    def is_working(day: date) -> bool:
        if day in worked:
            return True
        return day not in off and day.weekday() < 5

    return is_working


def _add_working_days(start: datetime, days: int, is_working) -> datetime:
    if days <= 0:
        return start
    day, left = start.date(), days
    while left:
        day += timedelta(days=1)
        left -= is_working(day)
    return datetime.combine(day, datetime.max.time()).replace(microsecond=0)
