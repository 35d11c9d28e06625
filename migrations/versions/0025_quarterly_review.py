"""the quarterly review (季评议): scoring items and grades as data, seeded with a thousand-point
(千分制) set; entries of a member's quarter; the two reviews and the points they changed

Revision ID: 0025
Revises: 0021
Create Date: 2026-12-03 12:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None

# The town guide's "thousand-point" assessment (§8) over the duties of the standard (8.1-8.3) and
# the Measures (Art. 7, 12-14): the weekly household round, the cases given, the daily log, the
# patrols, training; then the appraisals of 8.2.1 and the member's own account. The director
# changes any of it; these are GridDesk's defaults, not a county's table.
ITEMS = (
    # name, kind, metric, max points, zero at or below, full from, target
    ("入户走访", "metric", "visit_coverage", 250.0, 0.5, 0.95, 0.0),
    ("案件按时办结", "metric", "cases_on_time", 200.0, 0.5, 1.0, 0.0),
    ("民情日志", "metric", "log_days", 150.0, 0.5, 0.95, 0.0),
    ("巡查", "metric", "patrols_done", 100.0, 0.5, 1.0, 0.0),
    ("培训学时", "metric", "training_hours", 50.0, 0.0, 1.0, 8.0),
    ("群众代表评议", "representatives", "", 100.0, 0.0, 1.0, 0.0),
    ("党员评议", "party", "", 100.0, 0.0, 1.0, 0.0),
    ("本人自评", "self", "", 50.0, 0.0, 1.0, 0.0),
)
GRADES = (("excellent", 900.0), ("competent", 750.0), ("basic", 600.0))


def upgrade() -> None:
    items = op.create_table('assessment_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('metric', sa.String(length=24), nullable=False),
    sa.Column('max_points', sa.Float(), nullable=False),
    sa.Column('floor', sa.Float(), nullable=False),
    sa.Column('full_at', sa.Float(), nullable=False),
    sa.Column('target', sa.Float(), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_items'))
    )
    grades = op.create_table('assessment_grades',
    sa.Column('grade', sa.String(length=16), nullable=False),
    sa.Column('min_total', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('grade', name=op.f('pk_assessment_grades'))
    )
    op.create_table('assessment_entries',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Float(), nullable=True),
    sa.Column('words', sa.Text(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('entered_by', sa.String(length=32), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_assessment_entries_member_id_team_members')),
    sa.PrimaryKeyConstraint('member_id', 'quarter', 'item_id', name=op.f('pk_assessment_entries'))
    )
    op.create_table('quarter_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.String(length=6), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('reviewer', sa.String(length=64), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('total', sa.Float(), nullable=False),
    sa.Column('grade', sa.String(length=16), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_quarter_reviews_member_id_team_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarter_reviews')),
    sa.UniqueConstraint('member_id', 'quarter', 'level', name=op.f('uq_quarter_reviews_member_id_quarter_level'))
    )
    op.create_index('ix_quarter_reviews_quarter', 'quarter_reviews', ['quarter', 'level'], unique=False)
    op.create_table('review_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('item_name', sa.String(length=32), nullable=False),
    sa.Column('before', sa.Float(), nullable=True),
    sa.Column('after', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['quarter_reviews.id'], name=op.f('fk_review_changes_review_id_quarter_reviews')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_changes'))
    )
    op.create_index(op.f('ix_review_changes_review_id'), 'review_changes', ['review_id'], unique=False)
    op.create_index('ix_cases_assignee_closed', 'cases', ['assignee_member_id', 'closed_at'], unique=False)
    op.bulk_insert(items, [{"id": n + 1, "name": name, "kind": kind, "metric": metric, "max_points": points,
                            "floor": floor, "full_at": full, "target": target, "sort": n}
                           for n, (name, kind, metric, points, floor, full, target) in enumerate(ITEMS)])
    op.bulk_insert(grades, [{"grade": g, "min_total": t} for g, t in GRADES])


def downgrade() -> None:
    op.drop_index('ix_cases_assignee_closed', table_name='cases')
    op.drop_index(op.f('ix_review_changes_review_id'), table_name='review_changes')
    op.drop_table('review_changes')
    op.drop_index('ix_quarter_reviews_quarter', table_name='quarter_reviews')
    op.drop_table('quarter_reviews')
    op.drop_table('assessment_entries')
    op.drop_table('assessment_grades')
    op.drop_table('assessment_items')
