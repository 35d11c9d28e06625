"""roster fields, moves, key groups, team grids, places

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 06:33:23.458046
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('address', sa.String(length=128), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('responsible_member_id', sa.Integer(), nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_places_grid_id_grids')),
    sa.ForeignKeyConstraint(['responsible_member_id'], ['team_members.id'], name=op.f('fk_places_responsible_member_id_team_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places'))
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_grid_id'), ['grid_id'], unique=False)

    op.create_table('team_member_grids',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_team_member_grids_grid_id_grids')),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_team_member_grids_member_id_team_members')),
    sa.PrimaryKeyConstraint('member_id', 'grid_id', name=op.f('pk_team_member_grids'))
    )
    op.create_table('key_group_tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_key_group_tags_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_group_tags'))
    )
    with op.batch_alter_table('key_group_tags', schema=None) as batch_op:
        batch_op.create_index('ix_key_group_tags_kind', ['kind', 'resident_id'], unique=False)
        batch_op.create_index('ix_key_group_tags_resident_id', ['resident_id'], unique=False)

    op.create_table('resident_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('from_household_id', sa.Integer(), nullable=True),
    sa.Column('to_household_id', sa.Integer(), nullable=True),
    sa.Column('moved_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['from_household_id'], ['households.id'], name=op.f('fk_resident_moves_from_household_id_households')),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_resident_moves_resident_id_residents')),
    sa.ForeignKeyConstraint(['to_household_id'], ['households.id'], name=op.f('fk_resident_moves_to_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resident_moves'))
    )
    with op.batch_alter_table('resident_moves', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resident_moves_resident_id'), ['resident_id'], unique=False)

    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('grid_codes', sa.String(length=512), nullable=False, server_default=''))

    with op.batch_alter_table('grids', schema=None) as batch_op:
        batch_op.add_column(sa.Column('villager_groups', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('boundary', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('map_image', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('qr_image', sa.LargeBinary(), nullable=True))

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('residents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ethnicity', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('political_status', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('education', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('marital_status', sa.String(length=8), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('registered_address', sa.String(length=128), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('actual_address', sa.String(length=128), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('residence_status', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('away', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('away_reason', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('away_since', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('away_destination', sa.String(length=128), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('employer', sa.String(length=128), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('occupation', sa.String(length=32), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('phone2', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('status', sa.String(length=8), nullable=False, server_default='active'))
        batch_op.add_column(sa.Column('name_py', sa.String(length=96), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('name_ini', sa.String(length=32), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('id_rev', sa.String(length=18), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('phone_rev', sa.String(length=20), nullable=False, server_default=''))
        batch_op.create_index('ix_residents_id_rev', ['id_rev'], unique=False)
        batch_op.create_index('ix_residents_place', ['grid_id', 'household_id', 'status'], unique=False)
        batch_op.create_index('ix_residents_phone_rev', ['phone_rev'], unique=False)
        batch_op.create_index('ix_residents_search', ['name', 'name_py', 'name_ini', 'grid_id'], unique=False)

    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('political_status', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('education', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('duties', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('photo', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('thumbnail', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('declaration_confirmed', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=False, server_default=''))


    _backfill(op.get_bind())


def _backfill(conn) -> None:
    """Search keys for residents already there, and each team member's grid into the new table."""
    from gridDesk.storage.search_keys import name_keys, reversed_digits

    rows = conn.execute(sa.text("SELECT id, name, id_number, phone FROM residents")).fetchall()
    updates = []
    for row in rows:
        py, ini = name_keys(row.name)
        updates.append({"id": row.id, "py": py, "ini": ini, "idr": reversed_digits(row.id_number),
                        "pr": reversed_digits(row.phone or "")})
    if updates:
        conn.execute(sa.text("UPDATE residents SET name_py = :py, name_ini = :ini, id_rev = :idr, "
                             "phone_rev = :pr WHERE id = :id"), updates)
    conn.execute(sa.text("INSERT INTO team_member_grids (member_id, grid_id) "
                         "SELECT id, grid_id FROM team_members WHERE grid_id IS NOT NULL"))


def downgrade() -> None:
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.drop_column('notes')
        batch_op.drop_column('declaration_confirmed')
        batch_op.drop_column('thumbnail')
        batch_op.drop_column('photo')
        batch_op.drop_column('duties')
        batch_op.drop_column('education')
        batch_op.drop_column('political_status')

    with op.batch_alter_table('residents', schema=None) as batch_op:
        batch_op.drop_index('ix_residents_search')
        batch_op.drop_index('ix_residents_place')
        batch_op.drop_index('ix_residents_phone_rev')
        batch_op.drop_index('ix_residents_id_rev')
        batch_op.drop_column('phone_rev')
        batch_op.drop_column('id_rev')
        batch_op.drop_column('name_ini')
        batch_op.drop_column('name_py')
        batch_op.drop_column('status')
        batch_op.drop_column('notes')
        batch_op.drop_column('phone2')
        batch_op.drop_column('occupation')
        batch_op.drop_column('employer')
        batch_op.drop_column('away_destination')
        batch_op.drop_column('away_since')
        batch_op.drop_column('away_reason')
        batch_op.drop_column('away')
        batch_op.drop_column('residence_status')
        batch_op.drop_column('actual_address')
        batch_op.drop_column('registered_address')
        batch_op.drop_column('marital_status')
        batch_op.drop_column('education')
        batch_op.drop_column('political_status')
        batch_op.drop_column('ethnicity')

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_column('notes')

    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_column('grid_codes')

    with op.batch_alter_table('grids', schema=None) as batch_op:
        batch_op.drop_column('qr_image')
        batch_op.drop_column('map_image')
        batch_op.drop_column('boundary')
        batch_op.drop_column('villager_groups')

    with op.batch_alter_table('resident_moves', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resident_moves_resident_id'))

    op.drop_table('resident_moves')
    with op.batch_alter_table('key_group_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_key_group_tags_resident_id')
        batch_op.drop_index('ix_key_group_tags_kind')

    op.drop_table('key_group_tags')
    op.drop_table('team_member_grids')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_grid_id'))

    op.drop_table('places')
