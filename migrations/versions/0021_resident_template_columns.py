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
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild would drop and
    # recreate `residents`, which the tables that point at it (with foreign keys on) refuse.
    for column in ('extra', 'relation_note', 'away_address', 'family_honour', 'email', 'home_phone', 'height_cm',
                   'blood_type', 'religion', 'hukou_kind', 'other_address', 'temporary_residence', 'police_station',
                   'registered_place', 'former_name'):
        op.execute(f"ALTER TABLE residents DROP COLUMN {column}")
