"""the task admission list (准入清单), the task type of township-assigned cases, visit frequencies

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-02 19:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# GridDesk's examples, not the county's list (which GridDesk does not have): marked as examples and
# not in force, so nothing is admitted on their strength until the director checks them against the
# county's approved list, writes the approving document and puts them in force, or deletes them.
EXAMPLES = ("人口、房屋等基础信息采集核查", "矛盾纠纷排查化解", "安全隐患排查（消防、燃气、自建房、防汛）",
            "重点人群走访服务", "政策法规宣传（反诈、禁毒等）")


def upgrade() -> None:
    task_types = op.create_table('task_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('document', sa.String(length=128), nullable=False),
    sa.Column('in_force', sa.Boolean(), nullable=False),
    sa.Column('example', sa.Boolean(), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_types')),
    sa.UniqueConstraint('name', name=op.f('uq_task_types_name'))
    )
    op.create_table('case_task_types',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('task_type_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('exception_document', sa.String(length=128), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_task_types_case_id_cases')),
    sa.ForeignKeyConstraint(['task_type_id'], ['task_types.id'], name=op.f('fk_case_task_types_task_type_id_task_types')),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_case_task_types'))
    )
    op.create_table('visit_frequencies',
    sa.Column('key_group', sa.String(length=24), nullable=False),
    sa.Column('every_days', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key_group', name=op.f('pk_visit_frequencies'))
    )
    op.bulk_insert(task_types, [{"id": i + 1, "name": name, "document": "", "in_force": False, "example": True,
                                 "sort": i} for i, name in enumerate(EXAMPLES)])


def downgrade() -> None:
    op.drop_table('visit_frequencies')
    op.drop_table('case_task_types')
    op.drop_table('task_types')
