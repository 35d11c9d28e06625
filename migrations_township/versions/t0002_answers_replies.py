"""The township's answers to escalations (tw_answers, their attachments tw_answer_files) and the
reply packages written for the villages (tw_replies, with the batches and quarantined packages
each receipted: tw_reply_receipts).

Revision ID: t0002
Revises: t0001
Create Date: 2026-12-04 20:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = 't0002'
down_revision = 't0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tw_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=48), nullable=False),
    sa.Column('made_at', sa.String(length=19), nullable=False),
    sa.Column('made_by', sa.String(length=32), nullable=False),
    sa.Column('receipts', sa.Integer(), nullable=False),
    sa.Column('answers', sa.Integer(), nullable=False),
    sa.Column('folder', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_replies_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_replies')),
    sa.UniqueConstraint('village_code', 'year', 'seq', name=op.f('uq_tw_replies_village_code'))
    )
    op.create_table('tw_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('escalation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('answered_by', sa.String(length=64), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('answered_at', sa.String(length=19), nullable=False),
    sa.Column('reply_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['escalation_id'], ['tw_escalations.id'], name=op.f('fk_tw_answers_escalation_id_tw_escalations')),
    sa.ForeignKeyConstraint(['reply_id'], ['tw_replies.id'], name=op.f('fk_tw_answers_reply_id_tw_replies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_answers'))
    )
    op.create_index(op.f('ix_tw_answers_escalation_id'), 'tw_answers', ['escalation_id'], unique=False)
    op.create_index(op.f('ix_tw_answers_reply_id'), 'tw_answers', ['reply_id'], unique=False)
    op.create_table('tw_answer_files',
    sa.Column('answer_id', sa.Integer(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('sm3', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['answer_id'], ['tw_answers.id'], name=op.f('fk_tw_answer_files_answer_id_tw_answers')),
    sa.ForeignKeyConstraint(['sm3'], ['tw_files.sm3'], name=op.f('fk_tw_answer_files_sm3_tw_files')),
    sa.PrimaryKeyConstraint('answer_id', 'n', name=op.f('pk_tw_answer_files'))
    )
    op.create_table('tw_reply_receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reply_id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('quarantine_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['tw_batches.id'], name=op.f('fk_tw_reply_receipts_batch_id_tw_batches')),
    sa.ForeignKeyConstraint(['quarantine_id'], ['tw_quarantine.id'], name=op.f('fk_tw_reply_receipts_quarantine_id_tw_quarantine')),
    sa.ForeignKeyConstraint(['reply_id'], ['tw_replies.id'], name=op.f('fk_tw_reply_receipts_reply_id_tw_replies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_reply_receipts')),
    sa.UniqueConstraint('batch_id', name=op.f('uq_tw_reply_receipts_batch_id')),
    sa.UniqueConstraint('quarantine_id', name=op.f('uq_tw_reply_receipts_quarantine_id'))
    )
    op.create_index(op.f('ix_tw_reply_receipts_reply_id'), 'tw_reply_receipts', ['reply_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_tw_reply_receipts_reply_id'), table_name='tw_reply_receipts')
    op.drop_table('tw_reply_receipts')
    op.drop_table('tw_answer_files')
    op.drop_index(op.f('ix_tw_answers_reply_id'), table_name='tw_answers')
    op.drop_index(op.f('ix_tw_answers_escalation_id'), table_name='tw_answers')
    op.drop_table('tw_answers')
    op.drop_table('tw_replies')
