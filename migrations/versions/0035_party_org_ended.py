"""a party branch or group ends when the grid it covered is merged into one that has its own
(its members and groups go to that one; the record of it stays)

Revision ID: 0035
Revises: 0030
Create Date: 2026-12-04 16:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0035'
down_revision = '0030'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('party_orgs', sa.Column('ended_on', sa.Date(), nullable=True))
    op.add_column('party_orgs', sa.Column('ended_into_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('party_orgs') as batch:
        batch.drop_column('ended_into_id')
        batch.drop_column('ended_on')
