"""the report family: the reporting calendar the director keeps and the filed reports, each
version's PDF and XML frozen (issue 20 item 3); an index for a period's visited households

Revision ID: 0033
Revises: 0034
Create Date: 2026-12-04 15:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0033'
down_revision = '0034'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No rows are seeded: a kind without a row is due on its default day (gridDesk/services/
    # report_kinds.py); a row is written when the director changes the calendar.
    op.create_table('report_calendar',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('due_day', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('updated_by', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_report_calendar'))
    )
    op.create_table('filed_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('period', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('filed_at', sa.DateTime(), nullable=False),
    sa.Column('filed_by', sa.String(length=32), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('xml', sa.LargeBinary(), nullable=False),
    sa.Column('sent_in', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filed_reports')),
    sa.UniqueConstraint('kind', 'period', 'version', name=op.f('uq_filed_reports_kind_period_version'))
    )
    op.create_index('ix_filed_reports_kind_period', 'filed_reports', ['kind', 'period'], unique=False)
    # a period's households visited, counted from the index alone (the visit figures of the
    # summary reports and of the monthly meeting)
    op.create_index('ix_visit_households_day', 'visit_households', ['visited_on', 'household_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_visit_households_day', table_name='visit_households')
    op.drop_index('ix_filed_reports_kind_period', table_name='filed_reports')
    op.drop_table('filed_reports')
    op.drop_table('report_calendar')
