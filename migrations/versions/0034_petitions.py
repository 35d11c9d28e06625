"""petitions (信访): the register of letters, calls, visits and online petitions, its petitioners,
the categories and the time limits as data (issue 20 item 4)

Revision ID: 0034
Revises: 0035
Create Date: 2026-12-04 15:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0034'
down_revision = '0035'
branch_labels = None
depends_on = None

# 信访工作条例 (2022) Arts. 22 and 32: 15 days to decide on acceptance, 60 to answer; a collective
# visit from 5 people; calendar days (0) unless the director sets working days (1). The same
# figures as gridDesk/domain/petitions.py, written out so the migration stays what it was.
RULES = {"accept_days": 15, "answer_days": 60, "collective_people": 5, "working_days": 0}
PURPOSES = (("求决", False), ("申诉", False), ("建议", False), ("揭发控告", True), ("咨询", False))
SUBJECTS = ("土地征收", "劳动社保", "城乡建设", "涉法涉诉", "民政", "农村农业", "环境保护", "其他")


def upgrade() -> None:
    categories = op.create_table('petition_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition_categories')),
    sa.UniqueConstraint('kind', 'name', name=op.f('uq_petition_categories_kind_name'))
    )
    rules = op.create_table('petition_rules',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_petition_rules'))
    )
    op.create_table('petitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('form', sa.String(length=8), nullable=False),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('purpose_id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('respondent', sa.String(length=128), nullable=False),
    sa.Column('request', sa.Text(), nullable=False),
    sa.Column('grid_code', sa.String(length=17), nullable=False),
    sa.Column('repeat_of', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('refuse_reason', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answered_by', sa.String(length=32), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('accept_due', sa.Date(), nullable=True),
    sa.Column('answer_due', sa.Date(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_petitions_case_id_cases')),
    sa.ForeignKeyConstraint(['purpose_id'], ['petition_categories.id'], name=op.f('fk_petitions_purpose_id_petition_categories')),
    sa.ForeignKeyConstraint(['repeat_of'], ['petitions.id'], name=op.f('fk_petitions_repeat_of_petitions')),
    sa.ForeignKeyConstraint(['subject_id'], ['petition_categories.id'], name=op.f('fk_petitions_subject_id_petition_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petitions')),
    sa.UniqueConstraint('number', name=op.f('uq_petitions_number')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_petitions_year_seq'))
    )
    op.create_index(op.f('ix_petitions_case_id'), 'petitions', ['case_id'], unique=False)
    op.create_index(op.f('ix_petitions_received_on'), 'petitions', ['received_on'], unique=False)
    op.create_index('ix_petitions_state', 'petitions', ['state'], unique=False)
    op.create_table('petition_people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=128), nullable=False),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_petition_people_petition_id_petitions')),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_petition_people_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition_people'))
    )
    op.create_index(op.f('ix_petition_people_petition_id'), 'petition_people', ['petition_id'], unique=False)
    op.create_index(op.f('ix_petition_people_resident_id'), 'petition_people', ['resident_id'], unique=False)
    op.bulk_insert(rules, [{"key": k, "value": v} for k, v in RULES.items()])
    op.bulk_insert(categories, [{"kind": "purpose", "name": n, "confidential": c, "sort": i}
                                for i, (n, c) in enumerate(PURPOSES)]
                   + [{"kind": "subject", "name": n, "confidential": False, "sort": i} for i, n in enumerate(SUBJECTS)])


def downgrade() -> None:
    op.drop_index(op.f('ix_petition_people_resident_id'), table_name='petition_people')
    op.drop_index(op.f('ix_petition_people_petition_id'), table_name='petition_people')
    op.drop_table('petition_people')
    op.drop_index('ix_petitions_state', table_name='petitions')
    op.drop_index(op.f('ix_petitions_received_on'), table_name='petitions')
    op.drop_index(op.f('ix_petitions_case_id'), table_name='petitions')
    op.drop_table('petitions')
    op.drop_table('petition_rules')
    op.drop_table('petition_categories')
