"""case approvals: a 需审批 matter's approval chain (村受理 -> 镇审核 -> 区审批) and its public notice

Two new tables; existing cases gain nothing until someone records a link, so there is nothing to
backfill. A 需审批 matter already open keeps its timeline; closing it now needs its chain.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-02 18:45:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_approval_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('doc_number', sa.String(length=64), nullable=False),
    sa.Column('recorded_by', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_approval_links_case_id_cases')),
    sa.ForeignKeyConstraint(['event_id'], ['case_events.id'], name=op.f('fk_case_approval_links_event_id_case_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_approval_links')),
    sa.UniqueConstraint('case_id', 'stage', name=op.f('uq_case_approval_links_case_id_stage'))
    )
    with op.batch_alter_table('case_approval_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_approval_links_case_id'), ['case_id'], unique=False)

    op.create_table('case_notices',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('where_to_object', sa.String(length=200), nullable=False),
    sa.Column('recorded_by', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_notices_case_id_cases')),
    sa.ForeignKeyConstraint(['event_id'], ['case_events.id'], name=op.f('fk_case_notices_event_id_case_events')),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_case_notices'))
    )


def downgrade() -> None:
    op.drop_table('case_notices')
    with op.batch_alter_table('case_approval_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_approval_links_case_id'))
    op.drop_table('case_approval_links')
