"""residents: every person column of the county template (曾用名, 户籍派出所, 户口类别 ...) and the
columns GridDesk has no place for, kept with the person as `extra`

Revision ID: 0021
Revises: 0014
Create Date: 2026-12-03 07:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0021'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('residents') as batch:
        batch.add_column(sa.Column('former_name', sa.String(length=32), nullable=False, server_default=''))
        batch.add_column(sa.Column('registered_place', sa.String(length=64), nullable=False, server_default=''))
        batch.add_column(sa.Column('police_station', sa.String(length=64), nullable=False, server_default=''))
        batch.add_column(sa.Column('temporary_residence', sa.String(length=128), nullable=False, server_default=''))
        batch.add_column(sa.Column('other_address', sa.String(length=128), nullable=False, server_default=''))
        batch.add_column(sa.Column('hukou_kind', sa.String(length=16), nullable=False, server_default=''))
        batch.add_column(sa.Column('religion', sa.String(length=16), nullable=False, server_default=''))
        batch.add_column(sa.Column('blood_type', sa.String(length=8), nullable=False, server_default=''))
        batch.add_column(sa.Column('height_cm', sa.String(length=8), nullable=False, server_default=''))
        batch.add_column(sa.Column('home_phone', sa.String(length=20), nullable=False, server_default=''))
        batch.add_column(sa.Column('email', sa.String(length=64), nullable=False, server_default=''))
        batch.add_column(sa.Column('family_honour', sa.String(length=32), nullable=False, server_default=''))
        batch.add_column(sa.Column('away_address', sa.String(length=128), nullable=False, server_default=''))
        batch.add_column(sa.Column('relation_note', sa.String(length=64), nullable=False, server_default=''))
        batch.add_column(sa.Column('extra', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('residents') as batch:
        batch.drop_column('extra')
        batch.drop_column('relation_note')
        batch.drop_column('away_address')
        batch.drop_column('family_honour')
        batch.drop_column('email')
        batch.drop_column('home_phone')
        batch.drop_column('height_cm')
        batch.drop_column('blood_type')
        batch.drop_column('religion')
        batch.drop_column('hukou_kind')
        batch.drop_column('other_address')
        batch.drop_column('temporary_residence')
        batch.drop_column('police_station')
        batch.drop_column('registered_place')
        batch.drop_column('former_name')
