"""party organisations on the grid, party members, 党员联户 (links, contacts, appraisals) and the
rhythm of DB3208/T 200 7.1.7 as data

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-03 15:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None

# 7.1.7: a home visit a week, a group exchange a month, a democratic appraisal a year (written out
# here so the migration stays what it was when gridDesk/domain/party.py PartyRules moves on).
DEFAULTS = {"visit_days": 7, "exchange_months": 1, "appraisal_years": 1}


def upgrade() -> None:
    op.create_table('party_orgs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('secretary_id', sa.Integer(), nullable=True),
    sa.Column('set_up_on', sa.Date(), nullable=True),
    sa.Column('document_number', sa.String(length=64), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_party_orgs_grid_id_grids')),
    sa.ForeignKeyConstraint(['parent_id'], ['party_orgs.id'], name=op.f('fk_party_orgs_parent_id_party_orgs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_orgs')),
    sa.UniqueConstraint('grid_id', name=op.f('uq_party_orgs_grid_id'))
    )
    op.create_table('party_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('probationary', sa.Boolean(), nullable=False),
    sa.Column('whereabouts', sa.String(length=128), nullable=False),
    sa.Column('unit', sa.String(length=128), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=True),
    sa.Column('central', sa.Boolean(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['party_orgs.id'], name=op.f('fk_party_members_org_id_party_orgs')),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_party_members_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_members')),
    sa.UniqueConstraint('resident_id', name=op.f('uq_party_members_resident_id'))
    )
    op.create_index(op.f('ix_party_members_org_id'), 'party_members', ['org_id'], unique=False)
    op.create_table('party_links',
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('linked_on', sa.Date(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_party_links_household_id_households')),
    sa.ForeignKeyConstraint(['member_id'], ['party_members.id'], name=op.f('fk_party_links_member_id_party_members')),
    sa.PrimaryKeyConstraint('household_id', name=op.f('pk_party_links'))
    )
    op.create_index(op.f('ix_party_links_member_id'), 'party_links', ['member_id'], unique=False)
    op.create_table('party_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['party_members.id'], name=op.f('fk_party_contacts_member_id_party_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_contacts'))
    )
    op.create_index('ix_party_contacts_member_day', 'party_contacts', ['member_id', 'day'], unique=False)
    op.create_table('party_contact_households',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['party_contacts.id'],
                            name=op.f('fk_party_contact_households_contact_id_party_contacts')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'],
                            name=op.f('fk_party_contact_households_household_id_households')),
    sa.PrimaryKeyConstraint('contact_id', 'household_id', name=op.f('pk_party_contact_households'))
    )
    op.create_table('party_appraisals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('result', sa.String(length=8), nullable=False),
    sa.Column('by_whom', sa.String(length=64), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['party_members.id'], name=op.f('fk_party_appraisals_member_id_party_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_appraisals')),
    sa.UniqueConstraint('member_id', 'year', name='uq_party_appraisals_member_year')
    )
    rules = op.create_table('party_rules',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_party_rules'))
    )
    op.bulk_insert(rules, [{"key": k, "value": v} for k, v in DEFAULTS.items()])


def downgrade() -> None:
    op.drop_table('party_rules')
    op.drop_table('party_appraisals')
    op.drop_table('party_contact_households')
    op.drop_index('ix_party_contacts_member_day', table_name='party_contacts')
    op.drop_table('party_contacts')
    op.drop_index(op.f('ix_party_links_member_id'), table_name='party_links')
    op.drop_table('party_links')
    op.drop_index(op.f('ix_party_members_org_id'), table_name='party_members')
    op.drop_table('party_members')
    op.drop_table('party_orgs')
