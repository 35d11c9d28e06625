"""commendations and warnings (rewards), the performance-pay rules as data, the month's pay ledger
and its lines

Revision ID: 0026
Revises: 0021
Create Date: 2026-12-03 12:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None

# GridDesk's examples (fen, or the count the key names), marked as examples until the director sets
# the centre's own: the same figures as gridDesk/domain/pay.py EXAMPLE_RULES, written out here so
# the migration stays what it was when the code moves on. The minimum wage is 0: not entered.
EXAMPLES = {
    "base.leader": 150000, "base.full_time": 200000, "base.part_time": 60000, "base.assistant": 30000,
    "base.micro": 10000,
    "case.ordinary": 2000, "case.coordination": 5000, "case.emergency": 8000, "case.approval": 5000,
    "late.percent": 50, "late.grace_days": 5,
    "grade.excellent": 60000, "grade.competent": 30000, "grade.basic": 10000, "grade.incompetent": 0,
    "grade.month": 1,
    "deduct.warning": 10000, "deduct.criticism": 20000,
    "minimum_wage": 0,
}


def upgrade() -> None:
    op.create_table('rewards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('document_number', sa.String(length=64), nullable=False),
    sa.Column('added_by', sa.String(length=32), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_rewards_member_id_team_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rewards'))
    )
    op.create_index('ix_rewards_day', 'rewards', ['day', 'member_id'], unique=False)
    op.create_index('ix_rewards_member', 'rewards', ['member_id'], unique=False)
    rules = op.create_table('pay_rules',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('example', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_pay_rules'))
    )
    op.create_table('pay_ledgers',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('minimum_wage', sa.Integer(), nullable=False),
    sa.Column('drawn_by', sa.String(length=32), nullable=False),
    sa.Column('drawn_at', sa.DateTime(), nullable=False),
    sa.Column('locked_by', sa.String(length=32), nullable=False),
    sa.Column('locked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_pay_ledgers'))
    )
    op.create_table('pay_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('member_name', sa.String(length=32), nullable=False),
    sa.Column('post', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('ref', sa.String(length=64), nullable=False),
    sa.Column('basis', sa.String(length=16), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('n1', sa.Integer(), nullable=False),
    sa.Column('n2', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('added_by', sa.String(length=32), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_pay_lines_member_id_team_members')),
    sa.ForeignKeyConstraint(['month'], ['pay_ledgers.month'], name=op.f('fk_pay_lines_month_pay_ledgers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_lines'))
    )
    op.create_index('ix_pay_lines_month', 'pay_lines', ['month', 'member_id'], unique=False)
    op.bulk_insert(rules, [{"key": k, "value": v, "example": True} for k, v in EXAMPLES.items()])


def downgrade() -> None:
    op.drop_index('ix_pay_lines_month', table_name='pay_lines')
    op.drop_table('pay_lines')
    op.drop_table('pay_ledgers')
    op.drop_table('pay_rules')
    op.drop_index('ix_rewards_member', table_name='rewards')
    op.drop_index('ix_rewards_day', table_name='rewards')
    op.drop_table('rewards')
