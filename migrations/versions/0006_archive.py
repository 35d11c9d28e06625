"""archive: case files made at closing, the export history, archived case versions

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 09:35:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_files',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_files_case_id_cases')),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_case_files'))
    )
    op.create_table('export_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=48), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('digest_sm3', sa.String(length=64), nullable=False),
    sa.Column('previous_digest', sa.String(length=64), nullable=False),
    sa.Column('period_from', sa.DateTime(), nullable=True),
    sa.Column('period_to', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('profile', sa.Text(), nullable=False),
    sa.Column('written_to', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_batches')),
    sa.UniqueConstraint('name', name=op.f('uq_export_batches_name'))
    )
    op.create_table('archived_items',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['export_batches.id'], name=op.f('fk_archived_items_batch_id_export_batches')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_archived_items_case_id_cases')),
    sa.PrimaryKeyConstraint('case_id', 'version', name=op.f('pk_archived_items'))
    )
    with op.batch_alter_table('archived_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archived_items_batch_id'), ['batch_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('archived_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archived_items_batch_id'))
    op.drop_table('archived_items')
    op.drop_table('export_batches')
    op.drop_table('case_files')
