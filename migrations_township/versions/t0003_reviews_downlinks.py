"""The quarterly reviews the villages report (tw_reviews, from their 考核结果 items), the
township's second reviews (tw_second_reviews), and the tasks and training sessions it sends down
(tw_tasks_down, tw_trainings_down with tw_training_down_people), each unsent until a reply
carries it (reply_id).

Revision ID: t0003
Revises: t0002
Create Date: 2026-12-04 21:51:57.473888
"""

from alembic import op
import sqlalchemy as sa


revision = 't0003'
down_revision = 't0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tw_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('quarter', sa.String(length=8), nullable=False),
    sa.Column('member', sa.String(length=64), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('reviewer', sa.String(length=64), nullable=False),
    sa.Column('decided_on', sa.String(length=10), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('total', sa.String(length=16), nullable=False),
    sa.Column('grade', sa.String(length=16), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['tw_batches.id'], name=op.f('fk_tw_reviews_batch_id_tw_batches')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_reviews_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_reviews')),
    sa.UniqueConstraint('village_code', 'quarter', 'member', 'member_id', 'level', name=op.f('uq_tw_reviews_village_code'))
    )
    with op.batch_alter_table('tw_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tw_reviews_batch_id'), ['batch_id'], unique=False)

    op.create_table('tw_second_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('quarter', sa.String(length=8), nullable=False),
    sa.Column('member', sa.String(length=64), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('reviewer', sa.String(length=64), nullable=False),
    sa.Column('decided_on', sa.String(length=10), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.String(length=19), nullable=False),
    sa.Column('reply_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['reply_id'], ['tw_replies.id'], name=op.f('fk_tw_second_reviews_reply_id_tw_replies')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_second_reviews_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_second_reviews')),
    sa.UniqueConstraint('village_code', 'quarter', 'member', 'member_id', name=op.f('uq_tw_second_reviews_village_code'))
    )
    with op.batch_alter_table('tw_second_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tw_second_reviews_reply_id'), ['reply_id'], unique=False)

    op.create_table('tw_tasks_down',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('type_name', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('due_on', sa.String(length=10), nullable=False),
    sa.Column('document', sa.String(length=128), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('grids', sa.Text(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=19), nullable=False),
    sa.Column('reply_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['reply_id'], ['tw_replies.id'], name=op.f('fk_tw_tasks_down_reply_id_tw_replies')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_tasks_down_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_tasks_down'))
    )
    with op.batch_alter_table('tw_tasks_down', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tw_tasks_down_reply_id'), ['reply_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tw_tasks_down_village_code'), ['village_code'], unique=False)

    op.create_table('tw_trainings_down',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('topic', sa.String(length=128), nullable=False),
    sa.Column('starts_at', sa.String(length=16), nullable=False),
    sa.Column('hours', sa.String(length=8), nullable=False),
    sa.Column('place', sa.String(length=128), nullable=False),
    sa.Column('trainer', sa.String(length=64), nullable=False),
    sa.Column('assessed', sa.Boolean(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=19), nullable=False),
    sa.Column('reply_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['reply_id'], ['tw_replies.id'], name=op.f('fk_tw_trainings_down_reply_id_tw_replies')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_trainings_down_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_trainings_down'))
    )
    with op.batch_alter_table('tw_trainings_down', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tw_trainings_down_reply_id'), ['reply_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tw_trainings_down_village_code'), ['village_code'], unique=False)

    op.create_table('tw_training_down_people',
    sa.Column('training_id', sa.Integer(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('id_masked', sa.String(length=18), nullable=False),
    sa.Column('presence', sa.String(length=8), nullable=False),
    sa.Column('hours', sa.String(length=8), nullable=False),
    sa.Column('score', sa.String(length=8), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('reason', sa.String(length=128), nullable=False),
    sa.ForeignKeyConstraint(['training_id'], ['tw_trainings_down.id'], name=op.f('fk_tw_training_down_people_training_id_tw_trainings_down')),
    sa.PrimaryKeyConstraint('training_id', 'n', name=op.f('pk_tw_training_down_people'))
    )


def downgrade() -> None:
    op.drop_table('tw_training_down_people')
    with op.batch_alter_table('tw_trainings_down', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tw_trainings_down_village_code'))
        batch_op.drop_index(batch_op.f('ix_tw_trainings_down_reply_id'))

    op.drop_table('tw_trainings_down')
    with op.batch_alter_table('tw_tasks_down', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tw_tasks_down_village_code'))
        batch_op.drop_index(batch_op.f('ix_tw_tasks_down_reply_id'))

    op.drop_table('tw_tasks_down')
    with op.batch_alter_table('tw_second_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tw_second_reviews_reply_id'))

    op.drop_table('tw_second_reviews')
    with op.batch_alter_table('tw_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tw_reviews_batch_id'))

    op.drop_table('tw_reviews')
