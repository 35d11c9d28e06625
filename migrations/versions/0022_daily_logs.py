"""log_days, log_day_found, log_day_cases: the daily log (民情日志) per grid member per day, the
problems it found by class, the cases it reported, and its sign-off by the 网格长 or the centre

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03 12:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('log_days',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('slot1_start', sa.String(length=5), nullable=False),
    sa.Column('slot1_end', sa.String(length=5), nullable=False),
    sa.Column('slot2_start', sa.String(length=5), nullable=False),
    sa.Column('slot2_end', sa.String(length=5), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('places', sa.Text(), nullable=False),
    sa.Column('solved_on_spot', sa.Integer(), nullable=False),
    sa.Column('nothing_to_report', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('entered_by', sa.String(length=32), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('reviewed_by', sa.String(length=32), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('return_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'day', name='uq_log_days_member_day')
    )
    op.create_index('ix_log_days_day_member', 'log_days', ['day', 'member_id', 'state'], unique=False)
    op.create_index('ix_log_days_state', 'log_days', ['state'], unique=False)
    op.create_table('log_day_found',
    sa.Column('log_day_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('found', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['log_day_id'], ['log_days.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('log_day_id', 'category')
    )
    op.create_table('log_day_cases',
    sa.Column('log_day_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.ForeignKeyConstraint(['log_day_id'], ['log_days.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('log_day_id', 'case_id')
    )
    op.create_index('ix_log_day_cases_case', 'log_day_cases', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_log_day_cases_case', table_name='log_day_cases')
    op.drop_table('log_day_cases')
    op.drop_table('log_day_found')
    op.drop_index('ix_log_days_state', table_name='log_days')
    op.drop_index('ix_log_days_day_member', table_name='log_days')
    op.drop_table('log_days')
