"""Where each stored file's bytes are: a package's files are kept in one pack file
(objects/packs/NAME at an offset) instead of one file each; rows from before have pack "" (loose,
objects/ab/abcd...).

Revision ID: t0004
Revises: t0003
Create Date: 2026-12-05 01:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = 't0004'
down_revision = 't0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tw_files') as batch:
        batch.add_column(sa.Column('pack', sa.String(length=80), server_default='', nullable=False))
        batch.add_column(sa.Column('pack_offset', sa.BigInteger(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('tw_files') as batch:
        batch.drop_column('pack_offset')
        batch.drop_column('pack')
