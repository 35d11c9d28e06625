"""mediations, mediation_parties, mediation_records and mediation_followups: people's mediation
(人民调解) on a dispute case, its number, sessions, agreement and follow-up visits (issue 20)

Revision ID: 0031
Revises: 0032
Create Date: 2026-12-04 15:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0031'
down_revision = '0032'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'mediations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=32), nullable=False),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.Column('severity', sa.String(length=16), nullable=False),
        sa.Column('occurred_on', sa.Date(), nullable=False),
        sa.Column('accepted_on', sa.Date(), nullable=False),
        sa.Column('place', sa.String(length=128), nullable=False),
        sa.Column('people', sa.Integer(), nullable=False),
        sa.Column('dispute_type', sa.String(length=32), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('outcome_on', sa.Date(), nullable=True),
        sa.Column('agreed', sa.Boolean(), nullable=True),
        sa.Column('referral', sa.String(length=16), nullable=False),
        sa.Column('outcome_note', sa.Text(), nullable=False),
        sa.Column('facts', sa.Text(), nullable=False),
        sa.Column('disputed', sa.Text(), nullable=False),
        sa.Column('terms', sa.Text(), nullable=False),
        sa.Column('performance', sa.Text(), nullable=False),
        sa.Column('perform_by', sa.Date(), nullable=True),
        sa.Column('recorder', sa.String(length=32), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('account', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name='fk_mediations_case_id_cases'),
        sa.PrimaryKeyConstraint('id', name='pk_mediations'),
        sa.UniqueConstraint('case_id', name='uq_mediations_case_id'),
        sa.UniqueConstraint('number', name='uq_mediations_number'),
        sa.UniqueConstraint('year', 'seq', name='uq_mediations_year_seq'),
    )
    op.create_index('ix_mediations_accepted_on', 'mediations', ['accepted_on'])
    op.create_table(
        'mediation_parties',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('mediation_id', sa.Integer(), nullable=False),
        sa.Column('sort', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=32), nullable=False),
        sa.Column('id_number', sa.String(length=18), nullable=False),
        sa.Column('phone', sa.String(length=20), nullable=False),
        sa.Column('address', sa.String(length=128), nullable=False),
        sa.Column('resident_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['mediation_id'], ['mediations.id'], name='fk_mediation_parties_mediation_id_mediations'),
        sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name='fk_mediation_parties_resident_id_residents'),
        sa.PrimaryKeyConstraint('id', name='pk_mediation_parties'),
    )
    op.create_index('ix_mediation_parties_mediation_id', 'mediation_parties', ['mediation_id'])
    op.create_table(
        'mediation_records',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('mediation_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('place', sa.String(length=128), nullable=False),
        sa.Column('who', sa.String(length=200), nullable=False),
        sa.Column('attended', sa.Text(), nullable=False),
        sa.Column('said', sa.Text(), nullable=False),
        sa.Column('account', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['mediation_id'], ['mediations.id'], name='fk_mediation_records_mediation_id_mediations'),
        sa.PrimaryKeyConstraint('id', name='pk_mediation_records'),
    )
    op.create_index('ix_mediation_records_mediation_id', 'mediation_records', ['mediation_id'])
    op.create_table(
        'mediation_followups',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('mediation_id', sa.Integer(), nullable=False),
        sa.Column('visited_on', sa.Date(), nullable=False),
        sa.Column('by', sa.String(length=64), nullable=False),
        sa.Column('performance', sa.String(length=16), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('account', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['mediation_id'], ['mediations.id'], name='fk_mediation_followups_mediation_id_mediations'),
        sa.PrimaryKeyConstraint('id', name='pk_mediation_followups'),
    )
    op.create_index('ix_mediation_followups_mediation_id', 'mediation_followups', ['mediation_id'])


def downgrade() -> None:
    op.drop_index('ix_mediation_followups_mediation_id', table_name='mediation_followups')
    op.drop_table('mediation_followups')
    op.drop_index('ix_mediation_records_mediation_id', table_name='mediation_records')
    op.drop_table('mediation_records')
    op.drop_index('ix_mediation_parties_mediation_id', table_name='mediation_parties')
    op.drop_table('mediation_parties')
    op.drop_index('ix_mediations_accepted_on', table_name='mediations')
    op.drop_table('mediations')
