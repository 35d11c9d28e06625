<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/account_dialog.py" line="25"/>
        <source>（不关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/account_dialog.py" line="26"/>
        <source>新增账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/account_dialog.py" line="27"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/account_dialog.py" line="27"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/account_dialog.py" line="28"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/account_dialog.py" line="28"/>
        <source>网格队伍成员</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/account_dialog.py" line="29"/>
        <source>初始密码</source>
        <translation>First password</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="28"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="28"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="28"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="29"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="29"/>
        <source>网格队伍成员</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="36"/>
        <source>新增账号…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="37"/>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="85"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="38"/>
        <source>删除账号…</source>
        <translation>Remove account…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="39"/>
        <source>负责网格…</source>
        <translation>Grids…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="42"/>
        <source>关联队伍成员…</source>
        <translation>Link to team member…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="68"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="68"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="85"/>
        <source>恢复</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="134"/>
        <source>删除账号</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/accounts_panel.py" line="135"/>
        <source>删除账号“{0}”后，此人将不能再登录，数据库会换一把新的密钥（需要几秒钟）。账号的操作记录会保留在审计日志里。确定删除吗？</source>
        <translation>After removing “{0}”, this person can no longer log in and the database gets a new key (takes a few seconds). The account&apos;s actions stay in the audit log. Remove it?</translation>
    </message>
</context>
<context>
    <name>AdmissionListPanel</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="24"/>
        <source>县里批准可以交给网格员的任务类型。乡镇交办的任务要从这里选类型；清单之外的，须写明准许它的文件文号，按例外登记。标为“GridDesk 示例”的几项不是县里的清单，也没有启用：请对照县里的文件修改，写上批准文件后启用，或删除。</source>
        <translation>The task types the county has approved for grid members. A task the township passes down takes its type from here; one not on the list needs the number of the document that allows it and is recorded as an exception. The entries marked &quot;GridDesk example&quot; are not the county&apos;s list and are not in force: check them against the county&apos;s document, write the approving document and put them in force, or delete them.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="30"/>
        <source>任务类型</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="30"/>
        <source>批准文件（文号）</source>
        <translation>Approving document (number)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="30"/>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="45"/>
        <source>启用</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="31"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="31"/>
        <source>交办件数</source>
        <translation>Tasks assigned</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="37"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="39"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="42"/>
        <source>任务类型名称</source>
        <translation>Task type name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="44"/>
        <source>批准文件文号</source>
        <translation>Approving document number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="46"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="80"/>
        <source>GridDesk 示例</source>
        <translation>GridDesk example</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="80"/>
        <source>主任录入</source>
        <translation>Entered by the director</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="85"/>
        <source>按例外登记的交办任务（不在清单上，凭文件交办）：{0} 件</source>
        <translation>Tasks recorded as exceptions (not on the list, assigned on the strength of a document): {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="89"/>
        <source>{0} {1}：{2}（依据：{3}）</source>
        <translation>{0} {1}: {2} (document: {3})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/admission_list_panel.py" line="124"/>
        <source>请先选中要删除的一项。</source>
        <translation>Select the entry to delete first.</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="33"/>
        <source>答复内容（最多 1500 字），会原样出现在村里这件事的办理经过中</source>
        <translation>The answer (at most 1500 characters); it appears as written in the case&apos;s history at the village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="38"/>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="40"/>
        <source>移除所选附件</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="47"/>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="83"/>
        <source>保存答复</source>
        <translation>Save answer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="51"/>
        <source>答复类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="52"/>
        <source>答复内容</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="53"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="67"/>
        <source>选择附件</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/answer_form.py" line="68"/>
        <source>图片和文件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</source>
        <translation>Pictures and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gridDesk/app.py" line="69"/>
        <source>演示村：登录名 {0}，密码 {1}</source>
        <translation>Demo village: user {0}, password {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/app.py" line="133"/>
        <location filename="../../gridDesk/app.py" line="136"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../gridDesk/app.py" line="173"/>
        <source>这台电脑上还没有本中心的数据（{0}）。

第一次使用请选“建立新中心”；换了电脑或重装系统后，请插上存有备份的 U 盘，选“从备份恢复”。</source>
        <translation>There is no centre data on this PC yet ({0}).

Using GridDesk for the first time: choose Set up a new centre. After moving to a new PC or reinstalling: plug in the USB stick with the backup and choose Restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/app.py" line="176"/>
        <source>建立新中心</source>
        <translation>Set up a new centre</translation>
    </message>
    <message>
        <location filename="../../gridDesk/app.py" line="177"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/app.py" line="178"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/app.py" line="192"/>
        <source>生成演示村</source>
        <translation>building the demo village</translation>
    </message>
</context>
<context>
    <name>ApprovalLinkDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="41"/>
        <source>同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="42"/>
        <source>不同意</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="45"/>
        <source>如：小政审〔2026〕21号</source>
        <translation>e.g. 小政审〔2026〕21号</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="46"/>
        <source>登记审批环节：{0}</source>
        <translation>Record approval step: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="47"/>
        <source>审批单位（人）</source>
        <translation>Decided by (body or person)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="47"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="48"/>
        <source>意见</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="48"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="49"/>
        <source>按村受理、镇审核、区审批的顺序登记；不同意即审批终止，事项按程序终结。</source>
        <translation>Record in order: village acceptance, township review, district approval. A refusal ends the approval and the matter closes by procedure.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="54"/>
        <source>请写明由哪个单位或哪位负责人作出的。</source>
        <translation>Please say which body or official decided.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="57"/>
        <source>请填写文号。</source>
        <translation>Please enter the document number.</translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="22"/>
        <source>村受理</source>
        <translation>Village acceptance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="23"/>
        <source>镇审核</source>
        <translation>Township review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="24"/>
        <source>区审批</source>
        <translation>District approval</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="25"/>
        <source>同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="26"/>
        <source>不同意</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="46"/>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="109"/>
        <source>登记审批环节…</source>
        <translation>Record approval step…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="47"/>
        <source>登记公示…</source>
        <translation>Register public notice…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="48"/>
        <source>打印公示…</source>
        <translation>Print public notice…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="79"/>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="79"/>
        <source>公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="84"/>
        <source>待登记</source>
        <translation>To record</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="86"/>
        <source>{0}&#x3000;{1}&#x3000;{2}&#x3000;文号 {3}</source>
        <translation>{0}&#x3000;{1}&#x3000;{2}&#x3000;document {3}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="93"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="96"/>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="99"/>
        <source>结案前还需：</source>
        <translation>Still needed before closing: </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="107"/>
        <source>登记{0}…</source>
        <translation>Record {0}…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="116"/>
        <source>{0}人民政府</source>
        <translation>{0} People&apos;s Government</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="165"/>
        <source>不能打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="168"/>
        <source>公示 {0}</source>
        <translation>Public notice {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/approval_panel.py" line="168"/>
        <source>公示-{0}.pdf</source>
        <translation>public-notice-{0}.pdf</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="44"/>
        <source>档案上报</source>
        <translation>Archive upload</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="45"/>
        <source>把自上一批以来结案或更正的案件、花名册快照、培训和走访记录、民情日志、巡查记录和会议纪要，打成电子档案包，写进 U 盘交乡镇。写完后程序会把 U 盘上的包再检查一遍；写的时候拔出 U 盘也不会留下能交出去的坏包。</source>
        <translation>Packs the cases closed or corrected since the last batch, the roster snapshot, the training and visit records, the daily logs, the patrols and the meeting minutes into an electronic archive package and writes it onto the USB stick for the township. Afterwards the package on the stick is checked once more; pulling the stick out while writing never leaves a broken package that could be handed in.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="56"/>
        <source>导出下一批</source>
        <translation>Export the next batch</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="64"/>
        <source>请插入 U 盘后点“刷新”，或选择一个文件夹</source>
        <translation>Plug in a USB stick and click Refresh, or choose a folder</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="65"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="67"/>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="69"/>
        <source>写到：</source>
        <translation>Write to:</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="74"/>
        <source>身份证号和电话不遮蔽</source>
        <translation>Full ID numbers and phones</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="75"/>
        <source>包含敏感重点人群</source>
        <translation>Include the sensitive key groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="77"/>
        <source>勾选上面任一项时，写明原因（记入审计日志和包内说明）</source>
        <translation>If either is ticked, state the reason (goes on the audit log and into the package)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="81"/>
        <source>导出并写入</source>
        <translation>Export and write</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="88"/>
        <source>导出记录</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="91"/>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="91"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="91"/>
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="91"/>
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="236"/>
        <source>{0} 已写入并校验通过，U 盘上的档案包完好。
{1}
请打印移交登记表，与 U 盘一起交乡镇。
校验码：{2}</source>
        <translation>{0} was written and checked: the package on the USB stick is sound.
{1}
Print the handover form and give it to the township with the stick.
Check code: {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="314"/>
        <source>正在检查 {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="342"/>
        <source>收起详细信息</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="92"/>
        <source>乡镇回执</source>
        <translation>Township receipt</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="99"/>
        <source>移交登记表…</source>
        <translation>Handover form…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="101"/>
        <source>导入乡镇回执…</source>
        <translation>Import township receipt…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="119"/>
        <source>乡镇给的签名公钥指纹（32 位十六进制）</source>
        <translation>The township&apos;s signing key fingerprint (32 hex digits)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="121"/>
        <source>登记乡镇公钥</source>
        <translation>Register township key</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="165"/>
        <source>乡镇签名公钥指纹：{0}</source>
        <translation>Township signing key fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="166"/>
        <source>乡镇签名公钥：未登记（登记后才能导入回执）</source>
        <translation>Township signing key: not registered (register it before importing receipts)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="175"/>
        <source>未回执</source>
        <translation>No receipt yet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="202"/>
        <source>选择 U 盘或文件夹</source>
        <translation>Choose a USB stick or folder</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="210"/>
        <source>请选择位置</source>
        <translation>Choose where</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="210"/>
        <source>请插入 U 盘后点“刷新”，或选择一个文件夹。</source>
        <translation>Insert a USB stick and press “Refresh”, or choose a folder.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="330"/>
        <source>校验档案包</source>
        <translation>checking the packages</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="222"/>
        <source>正在写入 U 盘：{0} / {1} MB</source>
        <translation>Writing to the stick: {0} / {1} MB</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="92"/>
        <source>校验码</source>
        <translation>Check code</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="103"/>
        <source>检查 U 盘或档案包…</source>
        <translation>Check a USB stick or package…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="106"/>
        <source>导入乡镇回复包…</source>
        <translation>Import the township&apos;s reply…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="140"/>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="342"/>
        <source>详细信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="154"/>
        <source>本中心的签名指纹：{0}（乡镇第一次接收时登记，以后凭它认出本中心的 U 盘）</source>
        <translation>This centre&apos;s signing fingerprint: {0} (the township registers it the first time and knows this centre&apos;s sticks by it)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="169"/>
        <source>下一批将包含：结案案件 {0} 件（其中更正 {1} 件），以及花名册快照、培训记录、走访记录、民情日志、巡查记录和定稿的会议纪要。</source>
        <translation>The next batch will hold {0} closed cases ({1} of them corrections), with the roster snapshot, training records, visit records, daily logs, patrols and the final meeting minutes.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="195"/>
        <source>上次的位置：{0}</source>
        <translation>Last place: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="233"/>
        <source>已补记</source>
        <translation>Recorded afterwards</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="235"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="242"/>
        <source>没有导出</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="244"/>
        <source>导出档案</source>
        <translation>exporting the archive</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="248"/>
        <source>上次导出 {0} 时，包已写进 U 盘，程序却在记录之前中断了。U 盘上的包已校验通过，现已补记到导出记录和审计日志，不必重新导出它。</source>
        <translation>The last export of {0} was written to the stick, but the program stopped before recording it. The package on the stick has been verified and is now recorded in the export history and the audit log; there is no need to export it again.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="265"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="266"/>
        <source>已登记乡镇签名公钥指纹：{0}
以后只承认这个密钥签名的回执。</source>
        <translation>Registered the township&apos;s signing key fingerprint: {0}
From now on only receipts signed with this key are accepted.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="283"/>
        <source>不能打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="285"/>
        <source>移交登记表 {0}</source>
        <translation>Handover form {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="290"/>
        <source>选择乡镇的检测报告</source>
        <translation>Choose the township&apos;s check report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="291"/>
        <source>检测报告 (*.xml)</source>
        <translation>Check report (*.xml)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="297"/>
        <source>没有导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="300"/>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="300"/>
        <source>{0} 已标记为乡镇已接收。</source>
        <translation>{0} is marked as received by the township.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/archive_page.py" line="305"/>
        <source>选择 U 盘或档案包文件夹</source>
        <translation>Choose a USB stick or package folder</translation>
    </message>
</context>
<context>
    <name>ArchiveWords</name>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="15"/>
        <source>这里没有找到档案包。请选 U 盘本身（或其中某一批的文件夹）再检查。</source>
        <translation>No archive package was found here. Choose the USB stick itself (or one batch&apos;s folder) and check again.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="16"/>
        <source>U 盘上有一批没写完的档案包（写入时 U 盘被拔出或程序中断了）。请在“导出下一批”重新写入，再检查一遍。</source>
        <translation>A package on the USB stick was not finished (the stick was pulled out or the program stopped while writing). Write it again under “Export the next batch”, then check again.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="18"/>
        <source>U 盘上除了档案包还有别的文件（其他资料、程序或快捷方式）。请把它们移走，U 盘上只留档案包和说明文件。</source>
        <translation>The USB stick holds other files besides the packages (documents, programs or shortcuts). Move them off, leaving only the packages and the description file.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="20"/>
        <source>档案包不是本中心签发的，或者签名对不上。请确认插的是本中心导出的 U 盘。</source>
        <translation>The package was not issued by this centre, or its signature does not match. Make sure this is the stick this centre exported.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="21"/>
        <source>这一批和上一批接不上。请把导出记录里还没交给乡镇的各批一起交。</source>
        <translation>This batch does not follow on from the last one. Hand over together every batch in the export history not yet given to the township.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="22"/>
        <source>档案包里的文件被改动过，或者缺了、多了文件。请不要在电脑上打开或修改 U 盘里的文件；在本程序中重新导出这一批。</source>
        <translation>Files in the package were changed, or some are missing or extra. Do not open or edit the files on the stick; export this batch again in this program.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="60"/>
        <source>✓ U 盘上的 {0} 批档案包都完好，可以交给乡镇。</source>
        <translation>✓ All {0} packages on the USB stick are sound and can go to the township.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="61"/>
        <source>✓ U 盘上的档案包完好，可以交给乡镇。</source>
        <translation>✓ The package on the USB stick is sound and can go to the township.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="62"/>
        <source>✗ 档案包有问题，现在还不能交给乡镇。</source>
        <translation>✗ The package has a problem and cannot go to the township yet.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/archive_words.py" line="68"/>
        <source>✗ 没能检查完：{0}</source>
        <translation>✗ The check could not finish: {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentRulesDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="35"/>
        <source>考核项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="35"/>
        <source>评分方式</source>
        <translation>Scored by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="35"/>
        <source>按哪本台账</source>
        <translation>From the records of</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="36"/>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="36"/>
        <source>低于此比例记 0 分</source>
        <translation>0 points at or below</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="36"/>
        <source>达到此比例记满分</source>
        <translation>Full points from</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="37"/>
        <source>满分学时</source>
        <translation>Hours for full points</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="42"/>
        <source>添加项目</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="42"/>
        <source>删除所选项目</source>
        <translation>Remove selected item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="43"/>
        <source>新项目</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="53"/>
        <source>{0}：总分不低于</source>
        <translation>{0}: total at least</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="54"/>
        <source>低于“基本称职”的分数线</source>
        <translation>Below the “basically competent” line</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="59"/>
        <source>季度考核规则</source>
        <translation>Quarterly assessment rules</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="60"/>
        <source>按《千分制》考核：按台账计算的项目，完成比例低于“记 0 分”线不得分，达到“记满分”线得满分，其间按比例计分；评议和自评项目由评议结果录入。改动只用于尚未评议的季度，已初评的季度保留当时的规则。</source>
        <translation>The thousand-point assessment: a computed item scores nothing at or below its zero line, full points from its full line, and in proportion between; appraisal and self-assessment items are entered from the appraisals. Changes apply to quarters not yet reviewed; a reviewed quarter keeps the rules it was scored under.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/assessment_rules_dialog.py" line="109"/>
        <source>合计 {0} 分</source>
        <translation>Total {0} points</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="34"/>
        <source>查看照片</source>
        <translation>View photo</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="36"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="49"/>
        <source>照片和文件（{0}）</source>
        <translation>Photos and files ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="52"/>
        <source>[照片]</source>
        <translation>[photo]</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="52"/>
        <source>[文件]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="70"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="70"/>
        <source>文件请用“另存为…”保存出来，再用相应的软件打开。</source>
        <translation>Save the file with “Save as…”, then open it with the program it belongs to.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="75"/>
        <source>打不开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="83"/>
        <source>另存附件</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_list.py" line="91"/>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>AttachmentPicker</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_picker.py" line="27"/>
        <source>添加照片或文件…</source>
        <translation>Add photos or files…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_picker.py" line="29"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_picker.py" line="39"/>
        <source>选择照片或文件</source>
        <translation>Choose photos or files</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_picker.py" line="40"/>
        <source>照片和文件 (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.wps *.et *.ofd *.txt *.rtf);;所有文件 (*)</source>
        <translation>Photos and files (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.wps *.et *.ofd *.txt *.rtf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attachment_picker.py" line="55"/>
        <source>有文件没有添加</source>
        <translation>Some files were not added</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="38"/>
        <source>登记出勤：{0}</source>
        <translation>Attendance: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="40"/>
        <source>勾选参加或请假的人；学时不填即按本次培训的 {0} 学时计。</source>
        <translation>Tick who attended or was excused; blank hours count as the session&apos;s {0} hours.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="45"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="45"/>
        <source>出勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="45"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="45"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="46"/>
        <source>考核</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="46"/>
        <source>请假原因</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="51"/>
        <source>（未持证）</source>
        <translation> (not certified)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="62"/>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="62"/>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="75"/>
        <source>全部勾选</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/attendance_dialog.py" line="77"/>
        <source>全部取消</source>
        <translation>Untick all</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/attendee_picker.py" line="16"/>
        <source>{0}（不在花名册）</source>
        <translation>{0} (not on the roster)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attendee_picker.py" line="17"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/attendee_picker.py" line="17"/>
        <source>（未填）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../gridDesk/ui/models/audit_model.py" line="23"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/audit_model.py" line="23"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/audit_model.py" line="23"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/audit_model.py" line="23"/>
        <source>经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/audit_model.py" line="36"/>
        <source>第 {0} 条&#x3000;{1}&#x3000;账号 {2}&#x3000;操作代码 {3}
对象：{4}
说明：{5}
摘要：{6}</source>
        <translation>Row {0}  {1}  account {2}  action code {3}
Target: {4}
Detail: {5}
Hash: {6}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/audit_model.py" line="23"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="26"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="27"/>
        <source>每一次登录、修改、查看敏感信息、打印和导出都记录在这里。日志只能追加，不能修改；“校验”会逐条核对，找出第一条被改动的记录。</source>
        <translation>Every login, change, view of sensitive data, print and export is recorded here. The log can only grow, never change; “Check” walks it entry by entry and names the first altered one.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="32"/>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="36"/>
        <source>对象或说明中包含…</source>
        <translation>Object or details contain…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="42"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="45"/>
        <source>校验日志完整性</source>
        <translation>Check the log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="47"/>
        <source>打印链头…</source>
        <translation>Print the head…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="48"/>
        <source>打印审计日志现在的条数和摘要，记入月度会议记录</source>
        <translation>Print the audit log&apos;s current count and digest for the monthly meeting record</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="51"/>
        <source>显示完整信息…</source>
        <translation>Show unmasked…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="52"/>
        <source>显示未遮蔽的姓名和号码；需要写明理由，本次查看会记入审计日志</source>
        <translation>Show names and numbers unmasked; needs a reason, and the viewing is written to the audit log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="63"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="63"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="64"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="64"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="94"/>
        <source>选中一条记录，这里显示日志中保存的原始内容和摘要。</source>
        <translation>Select a row to see what the log stores for it and its hash.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="111"/>
        <source>全部账号</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="123"/>
        <source>共 {0} 条，显示最新的 {1} 条。</source>
        <translation>{0} entries; showing the newest {1}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="125"/>
        <source>共 {0} 条。</source>
        <translation>{0} entries.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="136"/>
        <source>显示完整信息</source>
        <translation>Show unmasked information</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="137"/>
        <source>审计日志中的姓名和号码默认遮蔽。请写明查看理由，本次查看会记入审计日志。</source>
        <translation>Names and numbers in the audit log are masked. Give a reason for viewing them unmasked; the viewing is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="145"/>
        <source>无法查看</source>
        <translation>Cannot view</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="151"/>
        <source>审计日志完好：共校验 {0} 条记录，链头摘要 {1}。</source>
        <translation>The audit log is intact: {0} records checked, head digest {1}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="170"/>
        <source>不能打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="173"/>
        <source>审计日志链头</source>
        <translation>Audit log head</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/audit_page.py" line="155"/>
        <source>审计日志有问题：第 {0} 条记录被改动过或其前面的记录被删除。请立即报告主任和乡镇中心。</source>
        <translation>The audit log has a problem: entry {0} was altered, or an entry before it was deleted. Report this to the director and the township centre at once.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="26"/>
        <source>{actor} 建立了 {title} 综治中心（区划代码 {code}）</source>
        <translation>{actor} set up the {title} governance centre (division code {code})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="27"/>
        <source>{actor} 登录</source>
        <translation>{actor} logged in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="28"/>
        <source>有人以账号 {title} 登录失败：{detail}</source>
        <translation>A login as {title} failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="29"/>
        <source>登录失败记录（{title}）{problem}，所有账号暂时锁定{listed}</source>
        <translation>The failed-login record ({title}) {problem}; every account is locked for a while{listed}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="30"/>
        <source>{actor} 退出</source>
        <translation>{actor} logged out</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="31"/>
        <source>{actor} 的窗口锁定了</source>
        <translation>{actor}&apos;s window was locked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="32"/>
        <source>{actor} 解锁了窗口</source>
        <translation>{actor} unlocked the window</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="33"/>
        <source>{actor} 用恢复密钥重设了账号 {title} 的密码</source>
        <translation>{actor} reset the password of account {title} with the recovery key</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="34"/>
        <source>{actor} 新增了账号 {title}，角色为{role}</source>
        <translation>{actor} added account {title} as {role}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="35"/>
        <source>{actor} 停用了账号 {title}</source>
        <translation>{actor} disabled account {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="36"/>
        <source>{actor} 恢复了账号 {title}</source>
        <translation>{actor} re-enabled account {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="37"/>
        <source>{actor} 删除了账号 {title}</source>
        <translation>{actor} removed account {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="38"/>
        <source>{actor} 修改了自己的密码</source>
        <translation>{actor} changed their own password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="39"/>
        <source>{actor} 更换了数据密钥（第 {epoch} 代）</source>
        <translation>{actor} replaced the data key (generation {epoch})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="40"/>
        <source>{actor} 修改了设置 {title}：{detail}</source>
        <translation>{actor} changed setting {title}: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="41"/>
        <source>数据库升级到第 {title} 版</source>
        <translation>The database was upgraded to version {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="42"/>
        <source>{actor} 修改了数据：{title} {detail}</source>
        <translation>{actor} changed data: {title} {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="43"/>
        <source>{actor} 查看了完整信息：{title} {detail}</source>
        <translation>{actor} viewed unmasked information: {title} {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="44"/>
        <source>{actor} 打印了 {title}：{detail}</source>
        <translation>{actor} printed {title}: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="45"/>
        <source>{actor} 导出了 {title}：{detail}</source>
        <translation>{actor} exported {title}: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="46"/>
        <source>{actor} 校验了审计日志（{count} 条）：{outcome}</source>
        <translation>{actor} verified the audit log ({count} rows): {outcome}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="47"/>
        <source>{actor} 读取了审计链头：第 {count} 条，摘要 {digest}</source>
        <translation>{actor} read the audit chain head: row {count}, digest {digest}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="48"/>
        <source>审计日志改为 SM3 哈希链（{count} 条）</source>
        <translation>The audit log was re-chained with SM3 ({count} rows)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="49"/>
        <source>{actor} 生成了演示数据（{count} 人）</source>
        <translation>{actor} generated demo data ({count} people)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="50"/>
        <source>{actor} 想{permission}，没有权限，被拒绝</source>
        <translation>{actor} tried to {permission} without the right and was refused</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="51"/>
        <source>{actor} 把数据备份到 {title}</source>
        <translation>{actor} backed up the data to {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="52"/>
        <source>{actor} 从备份 {title} 恢复了数据</source>
        <translation>{actor} restored the data from backup {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="53"/>
        <source>{actor} 检查了数据库：{detail}</source>
        <translation>{actor} checked the database: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="54"/>
        <source>{actor} 准许未持证的网格员 {title} {act}，理由：{reason}</source>
        <translation>{actor} let uncertified grid member {title} {act}, because: {reason}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="55"/>
        <source>{actor} 把账号 {title} 负责的网格设为：{grids}</source>
        <translation>{actor} set the grids of account {title} to: {grids}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="56"/>
        <source>{actor} 把账号 {title} 关联到网格员 {member}</source>
        <translation>{actor} linked account {title} to grid member {member}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="57"/>
        <source>{actor} 修改了工作日历：{day} {kind}</source>
        <translation>{actor} changed the working calendar: {day} {kind}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="58"/>
        <source>{actor} 把事件类别“{name}”的办理时限设为 {days} 天</source>
        <translation>{actor} set the time limit of case category &quot;{name}&quot; to {days} days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="59"/>
        <source>{actor} 修改了 {year} 年的培训要求</source>
        <translation>{actor} changed the training requirements for {year}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="60"/>
        <source>{actor} 修改了准入清单的任务类型：{detail}</source>
        <translation>{actor} changed a task type on the admission list: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="61"/>
        <source>{actor} 把{group}的走访周期设为 {days} 天</source>
        <translation>{actor} set the visit interval for {group} to {days} days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="62"/>
        <source>{actor} 修改了打印设置</source>
        <translation>{actor} changed the printing settings</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="63"/>
        <source>{actor} 把备份保留份数设为 {count}</source>
        <translation>{actor} set the number of backups kept to {count}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="64"/>
        <source>{actor} 登记了乡镇的签名公钥</source>
        <translation>{actor} registered the township&apos;s signing key</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="65"/>
        <source>{actor} 登记或修改了居民 {title} 的信息</source>
        <translation>{actor} registered or changed resident {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="66"/>
        <source>{actor} 把居民 {title} 登记为{status}：{reason}</source>
        <translation>{actor} recorded resident {title} as {status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="67"/>
        <source>{actor} 修改了居民 {title} 的重点人群标记：{group}</source>
        <translation>{actor} changed the key-group tag of resident {title}: {group}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="68"/>
        <source>{actor} 登记或修改了网格 {title}</source>
        <translation>{actor} registered or changed grid {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="69"/>
        <source>{actor} 更换了网格 {title} 的{which}</source>
        <translation>{actor} replaced the {which} of grid {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="70"/>
        <source>{actor} 登记或修改了网格员 {title}（{role}）</source>
        <translation>{actor} registered or changed grid team member {title} ({role})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="71"/>
        <source>{actor} 更换了网格员 {title} 的照片</source>
        <translation>{actor} replaced the photo of grid team member {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="72"/>
        <source>{actor} 登记网格员 {title} 于 {on} 离岗</source>
        <translation>{actor} recorded that grid team member {title} left on {on}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="73"/>
        <source>{actor} 登记或修改了场所 {title}</source>
        <translation>{actor} registered or changed place {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="74"/>
        <source>{actor} 登记或修改了培训 {title}</source>
        <translation>{actor} registered or changed training session {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="75"/>
        <source>{actor} 删除了培训 {title}</source>
        <translation>{actor} deleted training session {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="76"/>
        <source>{actor} 登记了培训 {title} 的出勤（{count} 人）</source>
        <translation>{actor} recorded attendance at training session {title} ({count} people)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="77"/>
        <source>{actor} 为网格员 {title} 登记了证书 {number}</source>
        <translation>{actor} recorded certificate {number} for grid team member {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="78"/>
        <source>{actor} 删除了证书 {title}</source>
        <translation>{actor} deleted certificate {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="79"/>
        <source>{actor} 上报了事件“{title}”</source>
        <translation>{actor} reported case &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="80"/>
        <source>{actor} 办理了事件 {title}：{step}</source>
        <translation>{actor} worked on case {title}: {step}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="81"/>
        <source>{actor} 登记了事件 {title} 的审批环节：{stage}</source>
        <translation>{actor} recorded an approval step of case {title}: {stage}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="82"/>
        <source>{actor} 登记了事件 {title} 的公示</source>
        <translation>{actor} recorded the public notice of case {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="83"/>
        <source>{actor} 登记了 {title} 的走访（{on}）</source>
        <translation>{actor} logged a visit in {title} ({on})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="84"/>
        <source>{actor} 把走访 {title} 发现的问题转为事件 {case}</source>
        <translation>{actor} turned a finding of visit {title} into case {case}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="85"/>
        <source>{actor} 导入了台账（{kind}）：{detail}</source>
        <translation>{actor} imported a ledger ({kind}): {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="86"/>
        <source>{actor} 登记了乡镇的回执：{detail}</source>
        <translation>{actor} recorded the township&apos;s receipt: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="87"/>
        <source>{actor} 导入的回执被拒绝：{detail}</source>
        <translation>A receipt {actor} imported was refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="88"/>
        <source>{actor} 查看了居民 {title} 的完整身份证号和电话，理由：{reason}</source>
        <translation>{actor} viewed the full ID number and phones of resident {title}, because: {reason}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="89"/>
        <source>{actor} 查看了 {title} 的附件 {file}</source>
        <translation>{actor} viewed attachment {file} of {title}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="90"/>
        <source>{actor} 打印不遮蔽的台账“{ledger}”（{title}），理由：{reason}</source>
        <translation>{actor} printed ledger &quot;{ledger}&quot; unmasked ({title}), because: {reason}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="91"/>
        <source>{actor} 查看了审计日志中未遮蔽的姓名和号码，理由：{reason}</source>
        <translation>{actor} viewed the audit log&apos;s names and numbers unmasked, because: {reason}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="92"/>
        <source>{actor} 为 {title} 打印了网格公示牌（{detail}）</source>
        <translation>{actor} printed the grid announcement signs of {title} ({detail})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="93"/>
        <source>{actor} 为 {title} 打印了联系卡（{detail}）</source>
        <translation>{actor} printed the contact cards of {title} ({detail})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="94"/>
        <source>{actor} 打印了台账“{ledger}”（{title}）：{detail}</source>
        <translation>{actor} printed ledger &quot;{ledger}&quot; ({title}): {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="95"/>
        <source>{actor} 打印了事件 {title} 的{what} {file}</source>
        <translation>{actor} printed the {what} of case {title} {file}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="96"/>
        <source>{actor} 打印了档案批次 {title} 的移交登记表（{detail}）</source>
        <translation>{actor} printed the handover form of archive batch {title} ({detail})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="97"/>
        <source>{actor} 打印了审计链头记录（{detail}）</source>
        <translation>{actor} printed the audit chain head note ({detail})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="98"/>
        <source>{actor} 把 {title} 的附件 {file} 另存到 {to}</source>
        <translation>{actor} saved attachment {file} of {title} to {to}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="99"/>
        <source>{actor} 导出了 {year} 年的{which}（{count} 行）到 {file}</source>
        <translation>{actor} exported the {which} of {year} ({count} rows) to {file}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="100"/>
        <source>{actor} 导出了{kind}（{count} 行）到 {file}{unmasked}</source>
        <translation>{actor} exported {kind} ({count} rows) to {file}{unmasked}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="101"/>
        <source>{actor} 导出了档案批次 {title}：{detail}</source>
        <translation>{actor} exported archive batch {title}: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="102"/>
        <source>{actor} 想办理事件 {title}（{permission}），没有权限，被拒绝</source>
        <translation>{actor} tried to act on case {title} ({permission}) without the right and was refused</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="103"/>
        <source>{actor} 想动网格 {title} 的数据，不在其负责范围，被拒绝</source>
        <translation>{actor} tried to touch the data of grid {title}, outside their grids, and was refused</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="104"/>
        <source>{actor} 想修改设置 {title}，没有权限，被拒绝：{detail}</source>
        <translation>{actor} tried to change setting {title} without the right and was refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="105"/>
        <source>{actor} 想办理事件 {title}，不在其负责范围，被拒绝</source>
        <translation>{actor} tried to act on case {title}, outside their grids, and was refused</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="106"/>
        <source>{actor} 想查看走访 {title} 的附件，不在其负责范围，被拒绝</source>
        <translation>{actor} tried to view the attachments of visit {title}, outside their grids, and was refused</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="107"/>
        <source>{actor} 打印了{report}：{detail}</source>
        <translation>{actor} printed the {report}: {detail}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="110"/>
        <source>{0}（已删除）</source>
        <translation>{0} (deleted)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="111"/>
        <source>编号 {0}（已删除）</source>
        <translation>no. {0} (deleted)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="112"/>
        <source>所有网格</source>
        <translation>all grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="113"/>
        <source>系统</source>
        <translation>the system</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="114"/>
        <source>，未遮蔽</source>
        <translation>, unmasked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="115"/>
        <source>在册</source>
        <translation>on the roll</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="116"/>
        <source>死亡</source>
        <translation>deceased</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="117"/>
        <source>村受理</source>
        <translation>village acceptance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="118"/>
        <source>区审批</source>
        <translation>district approval</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="119"/>
        <source>承办案件</source>
        <translation>take on cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="120"/>
        <source>印在网格公示牌上</source>
        <translation>appear on a grid sign</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="121"/>
        <source>网格地图</source>
        <translation>map</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="122"/>
        <source>培训登记表</source>
        <translation>training register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="123"/>
        <source>培训达标情况表</source>
        <translation>training compliance table</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="124"/>
        <source>设为节假日</source>
        <translation>made a holiday</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="125"/>
        <source>恢复为平常日子</source>
        <translation>made an ordinary day again</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="126"/>
        <source>立案登记表</source>
        <translation>filing form</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="126"/>
        <source>结案卷宗</source>
        <translation>case file</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="127"/>
        <source>上报单</source>
        <translation>report slip</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="127"/>
        <source>公示</source>
        <translation>public notice</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="128"/>
        <source>{0} 起一周的走访周报</source>
        <translation>weekly visit report from {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="129"/>
        <source>{0} 年的培训登记表</source>
        <translation>training register of {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="131"/>
        <source>密码错误</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="132"/>
        <source>没有这个账号</source>
        <translation>no such account</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="133"/>
        <source>不见了</source>
        <translation>was missing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="134"/>
        <source>无法读取</source>
        <translation>could not be read</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="135"/>
        <source>格式不对</source>
        <translation>was malformed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="136"/>
        <source>内容不合常理</source>
        <translation>was implausible</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="137"/>
        <source>校验不通过</source>
        <translation>did not authenticate</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="138"/>
        <source>被改动过</source>
        <translation>was altered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="139"/>
        <source>；其中列出的 {0} 次登录失败不予采信</source>
        <translation>; the {0} failed logins it listed are not believed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="141"/>
        <source>人口信息台账</source>
        <translation>residents ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="142"/>
        <source>户信息台账</source>
        <translation>households ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="143"/>
        <source>网格队伍花名册</source>
        <translation>grid team roster</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="144"/>
        <source>重点人群登记表</source>
        <translation>key groups register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="145"/>
        <source>出租房信息登记表</source>
        <translation>rental housing register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="146"/>
        <source>{0}登记表</source>
        <translation>{0} register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="147"/>
        <source>完好</source>
        <translation>intact</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="148"/>
        <source>第 {0} 条起不符</source>
        <translation>broken from row {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="150"/>
        <source>在 {1} 上打印了 {0} 页</source>
        <translation>printed {0} pages on {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="151"/>
        <source>另存为 {0}</source>
        <translation>saved as {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="152"/>
        <source>{0} 行，{1} 页</source>
        <translation>{0} rows, {1} pages</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="153"/>
        <source>{0} 张</source>
        <translation>{0} cards</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="157"/>
        <source>查看网格、人口和场所</source>
        <translation>view grids, people and places</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="158"/>
        <source>查看事件</source>
        <translation>view cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="159"/>
        <source>查看敏感的重点人群</source>
        <translation>view the sensitive key groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="160"/>
        <source>查看完整的身份证号和电话</source>
        <translation>view full ID numbers and phones</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="161"/>
        <source>查看审计日志</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="162"/>
        <source>修改网格、人口和场所信息</source>
        <translation>change grids, people and places</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="163"/>
        <source>登记走访、巡查和民情日志</source>
        <translation>log visits, patrols and the daily log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="164"/>
        <source>审阅网格员的民情日志</source>
        <translation>review grid members&apos; daily logs</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="165"/>
        <source>登记培训和证书</source>
        <translation>record training and certificates</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="166"/>
        <source>打印</source>
        <translation>print</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="167"/>
        <source>导出数据</source>
        <translation>export data</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="168"/>
        <source>上报问题</source>
        <translation>report a matter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="169"/>
        <source>立案</source>
        <translation>file a case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="170"/>
        <source>派遣案件</source>
        <translation>assign a case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="171"/>
        <source>登记调查落实和处理结果</source>
        <translation>record investigation and results</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="172"/>
        <source>退回案件</source>
        <translation>return a case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="173"/>
        <source>登记回访</source>
        <translation>record a revisit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="174"/>
        <source>登记审批</source>
        <translation>record approvals</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="175"/>
        <source>登记村受理</source>
        <translation>record village acceptance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="176"/>
        <source>登记公示</source>
        <translation>record public notices</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="177"/>
        <source>删除误录的记录</source>
        <translation>delete records entered by mistake</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="178"/>
        <source>准许未持证人员临时上岗</source>
        <translation>let uncertified members act</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="179"/>
        <source>修改规则</source>
        <translation>change the rules</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="180"/>
        <source>管理账号</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="181"/>
        <source>修改设置</source>
        <translation>change settings</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="182"/>
        <source>备份</source>
        <translation>back up</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/audit_words.py" line="183"/>
        <source>恢复备份和管理备份</source>
        <translation>restore and manage backups</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="22"/>
        <source>手动备份</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="23"/>
        <source>恢复前自动备份</source>
        <translation>Automatic, before a restore</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="24"/>
        <source>升级前自动备份</source>
        <translation>Automatic, before an upgrade</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="32"/>
        <source>本机</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="33"/>
        <source>U 盘</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="34"/>
        <source>另一块磁盘</source>
        <translation>Another disk</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="46"/>
        <source>上次备份：{0} 天前，{1}</source>
        <translation>Last backup: {0} days ago, {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="69"/>
        <source>换位置（U 盘或文件夹）…</source>
        <translation>Change location (USB stick or folder)…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="71"/>
        <source>备份位置：</source>
        <translation>Back up to:</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="77"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="81"/>
        <source>检查数据库（逐页）</source>
        <translation>Check the database (every page)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="83"/>
        <source>从备份恢复…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="88"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="89"/>
        <source>保留最近 </source>
        <translation>Keep the latest </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="99"/>
        <source>备份时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="99"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="99"/>
        <source>软件版本</source>
        <translation>App version</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="99"/>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="100"/>
        <source>居民</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="100"/>
        <source>事件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="100"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="109"/>
        <source>备份是加密的，只有本中心的账号密码或恢复密钥才能打开。建议每周备份一次到 U 盘，U 盘和恢复密钥分开保管。只有备份到 U 盘或另一块磁盘才算数：恢复前、升级前软件自动留在本机的副本不算。</source>
        <translation>Backups are encrypted: only this centre&apos;s account passwords or the recovery key open them. Back up to a USB stick once a week and keep the stick apart from the recovery key. Only a backup to a USB stick or another disk counts: the copies the program leaves on this PC before a restore or an upgrade do not.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="126"/>
        <source>上次备份：{0}（{1} 天前），{2}</source>
        <translation>Last backup: {0} ({1} days ago), {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="129"/>
        <source>只在这台电脑上备份过（{0}）。电脑坏了、被盗或中了病毒，这样的备份会和数据一起丢失：请备份到 U 盘或移动硬盘。</source>
        <translation>Backed up on this PC only ({0}). If the PC breaks, is stolen or gets a virus, such a backup is lost with the data: back up to a USB stick or an external disk.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="132"/>
        <source>还没有备份过。请插上 U 盘或移动硬盘，现在备份一次。</source>
        <translation>No backup yet. Plug in a USB stick or an external disk and back up now.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="141"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="143"/>
        <source>{0}（这台电脑上：电脑坏了备份也会丢，请换到 U 盘）</source>
        <translation>{0} (on this PC: lost if the PC breaks; choose a USB stick)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="164"/>
        <source>选择备份位置（U 盘或文件夹）</source>
        <translation>Choose where to back up (USB stick or folder)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="170"/>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="179"/>
        <source>无法保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="192"/>
        <source>没有完成</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="197"/>
        <source>正在校验刚写好的备份…</source>
        <translation>Checking the backup just written…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="208"/>
        <source>备份完成</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="209"/>
        <source>已备份并校验通过：
{0}
居民 {1} 人，事件 {2} 件。</source>
        <translation>Backed up and checked:
{0}
{1} residents, {2} cases.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="212"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="233"/>
        <source>逐页检查数据库</source>
        <translation>checking the database page by page</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="228"/>
        <source>数据库有损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="229"/>
        <source>检查发现数据库有损坏，已进入只读模式。请从最近的备份恢复。

{0}</source>
        <translation>The check found damage; GridDesk is now read-only. Please restore the latest backup.

{0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="231"/>
        <source>检查完成</source>
        <translation>Check finished</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="231"/>
        <source>数据库完好：每一页都通过了校验，结构完整。</source>
        <translation>The database is sound: every page passed its check and the structure is whole.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="238"/>
        <source>不能从这里恢复</source>
        <translation>Cannot restore from here</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="239"/>
        <source>升级前的自动副本只留作升级出错时由技术人员找回，不能在这里恢复。请选择一份备份。</source>
        <translation>The automatic copy taken before an upgrade is kept for a technician to recover from a failed upgrade; it cannot be restored here. Choose a backup.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/backup_panel.py" line="244"/>
        <source>选择要恢复的备份文件夹</source>
        <translation>Choose the backup folder to restore</translation>
    </message>
</context>
<context>
    <name>BackupPlaceDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/backup_place_dialog.py" line="15"/>
        <source>第一次备份：备份到哪里？</source>
        <translation>First backup: where should it go?</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/backup_place_dialog.py" line="17"/>
        <source>请插上 U 盘或移动硬盘，把备份放在上面。

备份如果只放在这台电脑上，电脑硬盘坏了、电脑被盗或中了勒索病毒时，备份会和数据一起丢失，全村的台账就找不回来了。

备份是加密的，U 盘丢了别人也打不开。备份好的 U 盘请和恢复密钥分开保管。</source>
        <translation>Plug in a USB stick or an external disk and put the backup on it.

A backup kept only on this PC is lost with the data when the disk fails, the PC is stolen or ransomware strikes, and the village&apos;s records cannot be recovered.

Backups are encrypted: nobody can open a lost stick. Keep the stick apart from the recovery key.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/backup_place_dialog.py" line="23"/>
        <source>选择 U 盘或移动硬盘…</source>
        <translation>Choose a USB stick or external disk…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/backup_place_dialog.py" line="27"/>
        <source>先备份到这台电脑</source>
        <translation>Back up to this PC for now</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/backup_place_dialog.py" line="29"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="252"/>
        <source>报送日历设置（主任）</source>
        <translation>Reporting calendar (director)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="260"/>
        <source>报送</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="263"/>
        <source>自建库之日</source>
        <translation>From set-up</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="265"/>
        <source>次月</source>
        <translation>Due by day</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="267"/>
        <source>日前</source>
        <translation>of the next month</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="269"/>
        <source>起算日期</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="275"/>
        <source>保存报送日历</source>
        <translation>Save the calendar</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="278"/>
        <source>遇周末、节假日顺延到下一个工作日。</source>
        <translation>A due day on a weekend or holiday moves to the next working day.</translation>
    </message>
</context>
<context>
    <name>CalendarYearsPanel</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/calendar_years_panel.py" line="37"/>
        <source>通知文号，例如：国办发明电〔2026〕X号</source>
        <translation>Notice number, e.g. 国办发明电〔2026〕X号</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/calendar_years_panel.py" line="38"/>
        <source>撤销确认</source>
        <translation>Withdraw confirmation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/calendar_years_panel.py" line="39"/>
        <source>已按通知录入完毕</source>
        <translation>Notice fully entered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/calendar_years_panel.py" line="52"/>
        <source>{0} 年：GridDesk 内置的日历已含国务院的放假通知。</source>
        <translation>{0}: GridDesk&apos;s built-in calendar already holds the State Council&apos;s holiday notice.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/calendar_years_panel.py" line="54"/>
        <source>{0} 年：已按国务院通知录入（{1}，{2} 确认于 {3:%Y-%m-%d}）。</source>
        <translation>{0}: entered from the State Council&apos;s notice ({1}; confirmed by {2} on {3:%Y-%m-%d}).</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/calendar_years_panel.py" line="55"/>
        <source>未写文号</source>
        <translation>no notice number given</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/calendar_years_panel.py" line="56"/>
        <source>{0} 年：还没有录入国务院的放假通知，这一年的办理期限按周末推算。请在上面逐日添加放假和调休上班的日子，然后点“已按通知录入完毕”。</source>
        <translation>{0}: the State Council&apos;s holiday notice has not been entered; due dates in this year are estimated from weekends only. Add each day off and each adjusted working day above, then click &quot;Notice fully entered&quot;.</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="42"/>
        <source>（选择承办人；交给村里的部门时写在下面）</source>
        <translation>(choose who handles it; for a village body, write it below)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="44"/>
        <source>如 村调委会、村民委员会</source>
        <translation>e.g. mediation committee, villagers&apos; committee</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="60"/>
        <source>电话上报写接电话的人，如：镇应急办值班员刘强</source>
        <translation>For a call, who answered, e.g. Liu Qiang on duty at the township emergency office</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="70"/>
        <source>不要求</source>
        <translation>None asked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="79"/>
        <source>交给</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="80"/>
        <source>村里的部门</source>
        <translation>Village body</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="82"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="84"/>
        <source>延长工作日</source>
        <translation>Extra working days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="86"/>
        <source>上报方式</source>
        <translation>How it was reported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="86"/>
        <source>乡镇接收人</source>
        <translation>Received at the township by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="87"/>
        <source>上报时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="87"/>
        <source>要求办结时限</source>
        <translation>Deadline asked of the township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="89"/>
        <source>办结类型</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="95"/>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="96"/>
        <source>乡镇处置结果</source>
        <translation>The township&apos;s result</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="97"/>
        <source>退回原因</source>
        <translation>Why it is returned</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="97"/>
        <source>延期原因</source>
        <translation>Why an extension</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="110"/>
        <source>{0}后，这个案件就办完了：不能再指派、反馈或回访，只能追加说明，结案卷宗随后生成。
确定{0}吗？</source>
        <translation>After “{0}” the case is finished: it can no longer be assigned, fed back or revisited, only given notes, and its case file is made next.
{0} now?</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="113"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="96"/>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="98"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="98"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_action_dialog.py" line="101"/>
        <source>照片和文件</source>
        <translation>Photos and files</translation>
    </message>
</context>
<context>
    <name>CaseChartsView</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_charts.py" line="62"/>
        <source>近 12 个月各类案件数（按上报月份）</source>
        <translation>Cases per category, last 12 months (by month reported)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_charts.py" line="73"/>
        <source>{0}月</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_charts.py" line="76"/>
        <source>中位数 {0} 个工作日</source>
        <translation>median {0} working days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_charts.py" line="77"/>
        <source>暂无结案</source>
        <translation>no closed cases yet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_charts.py" line="78"/>
        <source>结案用时（近 12 个月结案，工作日）：{0}</source>
        <translation>Time to close (cases closed in the last 12 months, working days): {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_charts.py" line="80"/>
        <source>结案数</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_charts.py" line="95"/>
        <source>当天</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_charts.py" line="102"/>
        <source>{0}，{1}：{2} 件</source>
        <translation>{0}, {1}: {2} cases</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="34"/>
        <source>一句话说明是什么问题</source>
        <translation>What is the problem, in one sentence</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="61"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="61"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="61"/>
        <source>事项类型</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="62"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="62"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="62"/>
        <source>任务类型</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="63"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="63"/>
        <source>上报人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="63"/>
        <source>上报时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="64"/>
        <source>情况描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="64"/>
        <source>当事人</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/case_dialog.py" line="65"/>
        <source>照片和文件</source>
        <translation>Photos and files</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="20"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="20"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="20"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="20"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="20"/>
        <source>上报时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="21"/>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="21"/>
        <source>时限</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="35"/>
        <source>乡镇已签收</source>
        <translation>received by the township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="35"/>
        <source>已导出</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/case_model.py" line="35"/>
        <source>未导出</source>
        <translation>not yet exported</translation>
    </message>
</context>
<context>
    <name>CaseSettingsPanel</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="29"/>
        <source>类别和办理时限是 GridDesk 预设的默认值，不是上级规定：条例只要求在规定时限内办结，乡镇工作指南没有列出类别和时限。请主任按本地规定修改。</source>
        <translation>The categories and time limits are GridDesk&apos;s defaults, not rules from above: the regulation asks only that matters be closed within the prescribed time, and the town guide lists no categories or limits. The director sets them to local practice.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="34"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="34"/>
        <source>上级</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="34"/>
        <source>时限（工作日）</source>
        <translation>Limit (working days)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="38"/>
        <source>保存时限</source>
        <translation>Save limits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="41"/>
        <source>新类别名称</source>
        <translation>New category name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="46"/>
        <source>新增类别</source>
        <translation>Add category</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="58"/>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="104"/>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="59"/>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="104"/>
        <source>调休上班</source>
        <translation>Worked weekend day</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="61"/>
        <source>说明，例如：春节调休</source>
        <translation>Note, e.g. Spring Festival swap</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="62"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="64"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="92"/>
        <source>（一级类别）</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="118"/>
        <source>已按新的日历重新计算了 {0} 件在办案件的办理期限。</source>
        <translation>Due dates of {0} open cases were recalculated on the new calendar.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="119"/>
        <source>没有在办案件的办理期限因此改变。</source>
        <translation>No open case&apos;s due date changed.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_settings_panel.py" line="145"/>
        <source>请先选中要删除的日期。</source>
        <translation>First select the date to remove.</translation>
    </message>
</context>
<context>
    <name>CaseStepBar</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/case_step_bar.py" line="59"/>
        <source>没有待办的环节</source>
        <translation>No step is waiting</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="13"/>
        <source>问题上报</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="14"/>
        <source>案卷建立</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="15"/>
        <source>任务指派</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="16"/>
        <source>调查落实</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="22"/>
        <source>已上报乡镇</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="23"/>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="17"/>
        <source>处理反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="18"/>
        <source>结案归档</source>
        <translation>Close and archive</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="39"/>
        <source>建立案卷</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="26"/>
        <source>自办自结</source>
        <translation>Solved on the spot</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="40"/>
        <source>指派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="41"/>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="27"/>
        <source>上报乡镇</source>
        <translation>Escalate to the township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="42"/>
        <source>乡镇批示：继续办理</source>
        <translation>Township instructs: carry on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="43"/>
        <source>乡镇已处置</source>
        <translation>Township solved it</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="29"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="44"/>
        <source>补充后重新提交</source>
        <translation>Resubmit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="31"/>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="28"/>
        <source>乡镇批示</source>
        <translation>The township&apos;s instructions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="29"/>
        <source>乡镇处置</source>
        <translation>The township&apos;s solution</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="30"/>
        <source>重新提交</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="32"/>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="33"/>
        <source>回访</source>
        <translation>Revisit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="34"/>
        <source>追加说明</source>
        <translation>Append a note</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="47"/>
        <source>一般事项</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="48"/>
        <source>需协调事项</source>
        <translation>Needs coordination</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="49"/>
        <source>紧急事项</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="50"/>
        <source>需审批事项</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="53"/>
        <source>网格员走访</source>
        <translation>Grid member&apos;s visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="53"/>
        <source>群众来访</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="54"/>
        <location filename="../../gridDesk/ui/case_words.py" line="65"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="54"/>
        <source>微信群</source>
        <translation>WeChat group</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="55"/>
        <source>乡镇交办</source>
        <translation>From the township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="55"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="58"/>
        <source>实质性办结</source>
        <translation>Solved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="59"/>
        <source>实质性化解</source>
        <translation>Resolved by mediation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="60"/>
        <source>程序性终结</source>
        <translation>Closed by procedure</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="61"/>
        <source>问题中止</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="62"/>
        <source>稳控中</source>
        <translation>Under watch</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="66"/>
        <source>纸质上报单</source>
        <translation>Paper report slip</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="67"/>
        <source>U盘</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="68"/>
        <source>当面报告</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="69"/>
        <source>其他方式</source>
        <translation>Other means</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="71"/>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="72"/>
        <source>紧急事项未上报</source>
        <translation>Emergencies not reported to the township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="73"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="73"/>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="74"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="36"/>
        <source>审批环节</source>
        <translation>Approval step</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="36"/>
        <source>公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/case_words.py" line="130"/>
        <source>按周末推算</source>
        <translation>estimated: weekends only</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="55"/>
        <source>事件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="61"/>
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="63"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="64"/>
        <source>本周到期</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="65"/>
        <source>全部案件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="56"/>
        <source>六步闭环：{0}。未上报乡镇的紧急事项和超期的排在最前；黄色为已用七成时限，红色为已超期或紧急事项尚未上报乡镇。</source>
        <translation>The six-step loop: {0}. Emergencies not yet reported to the township and overdue cases come first; yellow means 70% of the time limit is used, red means overdue or an emergency not yet reported to the township.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="58"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="125"/>
        <source>在办 {0} 件，已超期 {1} 件，本周到期 {2} 件</source>
        <translation>{0} open, {1} overdue, {2} due this week</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="137"/>
        <source>{0} 上报的案件</source>
        <translation>Reported in {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="168"/>
        <source>选一个案件查看办理经过。</source>
        <translation>Pick a case to see how it has been handled.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="171"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="171"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="171"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="172"/>
        <source>事项类型</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="172"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="173"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="173"/>
        <source>当事人</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="173"/>
        <source>承办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="174"/>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="175"/>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="175"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="177"/>
        <source>办结类型</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="181"/>
        <source>信息员报送</source>
        <translation>Passed on by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="181"/>
        <source>{0} 于 {1} 报送：{2}</source>
        <translation>{0} on {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="184"/>
        <source>{0}（不在准入清单上，依据：{1}）</source>
        <translation>{0} (not on the approved list; on the strength of {1})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="186"/>
        <source>任务类型</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="189"/>
        <source>人民调解</source>
        <translation>People&apos;s mediation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="192"/>
        <source>紧急事项：请立即上报乡镇（电话上报也可以），记下接电话的人。</source>
        <translation>Emergency: report it to the township now (a phone call will do) and note who took the call.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="197"/>
        <source>办理经过</source>
        <translation>How it was handled</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="204"/>
        <source>（附件 {0} 个）</source>
        <translation> ({0} attachments)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="210"/>
        <source>正在生成结案卷宗…</source>
        <translation>Making the case file…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="211"/>
        <source>结案卷宗还没有生成。案件已经结案，可以点“重新生成案卷”再试；打印或上报档案时也会生成。</source>
        <translation>The case file has not been made yet. The case is closed: click “Make the case file again” to retry; it is also made when the case is printed or sent to the archive.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="226"/>
        <source>立案登记表…</source>
        <translation>Filing form…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="228"/>
        <source>结案卷宗…</source>
        <translation>Case file…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="230"/>
        <source>打印上报单…</source>
        <translation>Print the report slip…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="237"/>
        <source>重新生成案卷</source>
        <translation>Make the case file again</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="244"/>
        <source>第 {0} 次上报乡镇</source>
        <translation>Escalation {0} to the township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="247"/>
        <source>要求 {0} 前办结</source>
        <translation>asked to be done by {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="249"/>
        <source>未随上报包导出</source>
        <translation>not yet exported in a package to the township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="251"/>
        <source>上报包 {0} 已导出 {1}</source>
        <translation>package {0} exported {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="253"/>
        <source>乡镇回执 {0}，乡镇已签收</source>
        <translation>township receipt {0}: received by the township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="254"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="286"/>
        <source>人民调解{0}：协议已履行完毕，一般按“{1}”结案。</source>
        <translation>People&apos;s mediation {0}: the agreement has been carried out; such a case usually closes as &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="287"/>
        <source>人民调解{0}：未达成协议，已引导至{1}，一般按“{2}”结案。</source>
        <translation>People&apos;s mediation {0}: no agreement, referred to {1}; such a case usually closes as &quot;{2}&quot;.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="297"/>
        <source>人民调解…</source>
        <translation>People&apos;s mediation…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="339"/>
        <source>结案卷宗没能生成</source>
        <translation>The case file could not be made</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="340"/>
        <source>案件已经结案归档，但结案卷宗没能生成：{0}
可以点“重新生成案卷”再试；打印或上报档案时也会生成。</source>
        <translation>The case is closed and filed, but its case file could not be made: {0}
Click “Make the case file again” to retry; it is also made when the file is printed or archived.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="345"/>
        <source>生成结案卷宗</source>
        <translation>making the case file</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="360"/>
        <source>已办理</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="372"/>
        <source>案件已变化</source>
        <translation>The case has changed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="374"/>
        <source>不能办理</source>
        <translation>Cannot do this</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="405"/>
        <source>立案登记表</source>
        <translation>Filing form</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="405"/>
        <source>结案卷宗</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="421"/>
        <source>生成 {0}</source>
        <translation>making {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="422"/>
        <source>不能打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cases_page.py" line="405"/>
        <source>上报单</source>
        <translation>Report slip</translation>
    </message>
</context>
<context>
    <name>CertOverride</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_override.py" line="25"/>
        <source>持证上岗例外</source>
        <translation>Certification exceptions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_override.py" line="26"/>
        <source>写明理由后准许这一次：理由会记入审计日志，并列在工作台的“持证上岗例外”里。</source>
        <translation>Give a reason to allow it this once: the reason goes on the audit log and is listed under &quot;Certification exceptions&quot; on the dashboard.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_override.py" line="30"/>
        <source>例如：汛期人手不足，由网格长带领办理</source>
        <translation>e.g. short-handed in the flood season; the grid leader goes along</translation>
    </message>
</context>
<context>
    <name>CertOverridesDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="10"/>
        <source>承办案件</source>
        <translation>Handle a case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="11"/>
        <source>登记走访</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="12"/>
        <source>印上公示牌</source>
        <translation>Appear on the grid sign</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="18"/>
        <source>持证上岗例外</source>
        <translation>Certification exceptions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="21"/>
        <source>未通过培训的人员不能作为网格员开展工作（DB3208/T 200 8.3）。下面是主任准许的每一次例外，最新的在前。</source>
        <translation>Whoever has not passed training may not work as a grid member (DB3208/T 200 8.3). Below is every exception the director allowed, newest first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="23"/>
        <source>没有持证上岗例外。</source>
        <translation>No certification exceptions.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="27"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="27"/>
        <source>准许人</source>
        <translation>Allowed by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="27"/>
        <source>人员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="28"/>
        <source>事项</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/cert_overrides_dialog.py" line="28"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/certificate_dialog.py" line="30"/>
        <source>如：县委政法委</source>
        <translation>e.g. County Political and Legal Affairs Commission</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/certificate_dialog.py" line="34"/>
        <source>长期有效</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/certificate_dialog.py" line="36"/>
        <source>登记证书：{0}</source>
        <translation>Add certificate: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/certificate_dialog.py" line="37"/>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/certificate_dialog.py" line="37"/>
        <source>发证单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/certificate_dialog.py" line="38"/>
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/certificate_dialog.py" line="38"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>ComplianceTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="35"/>
        <source>只看未达标的</source>
        <translation>Only those short of the rule</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="40"/>
        <source>修改本年要求…</source>
        <translation>Change this year&apos;s rule…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="44"/>
        <source>导出培训台账…</source>
        <translation>Export training register…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="46"/>
        <source>导出达标表…</source>
        <translation>Export compliance table…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="66"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="66"/>
        <source>{0}不少于 {1} 次</source>
        <translation>{0} at least {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="67"/>
        <source>要求：{0}（{1}）</source>
        <translation>Rule: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="68"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="68"/>
        <source>本中心设定</source>
        <translation>set by this centre</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="68"/>
        <source>《办法》默认</source>
        <translation>the Measures&apos; default</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="71"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="71"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="71"/>
        <source>{0}（参加/应参加）</source>
        <translation>{0} (attended / required)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="72"/>
        <source>仍缺</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="72"/>
        <source>持证</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="72"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="82"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="82"/>
        <source>{0} {1} 次</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="84"/>
        <source>年中在岗 {0} 个月，要求按月折算</source>
        <translation>In post {0} months of the year: rule prorated by month</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="85"/>
        <source>已达标</source>
        <translation>Meets the rule</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="105"/>
        <source>{0}年培训台账.xlsx</source>
        <translation>training-register-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="106"/>
        <source>{0}年培训达标情况.xlsx</source>
        <translation>training-compliance-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="107"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="107"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="116"/>
        <source>没有导出</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="118"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_compliance_tab.py" line="118"/>
        <source>已导出 {0} 行到 {1}。</source>
        <translation>Exported {0} rows to {1}.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gridDesk/ui/crash.py" line="25"/>
        <source>出现了意外错误</source>
        <translation>Something unexpected went wrong</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/crash.py" line="27"/>
        <source>出现了意外错误，这一步没有完成。您已保存的数据没有丢失。</source>
        <translation>Something unexpected went wrong and this step was not completed. The data you saved is not lost.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/crash.py" line="29"/>
        <source>详细情况已记入日志文件：{0}</source>
        <translation>The details are in the log file: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/crash.py" line="30"/>
        <source>请点“复制报告”，把报告发给技术支持。报告里没有身份证号、电话和姓名。</source>
        <translation>Click “Copy report” and send the report to support. It holds no ID numbers, phone numbers or names.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/crash.py" line="33"/>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/crash.py" line="46"/>
        <source>报告已复制，可以粘贴到微信或邮件里。</source>
        <translation>The report is copied; paste it into WeChat or an email.</translation>
    </message>
</context>
<context>
    <name>CyclePage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/cycle_page.py" line="24"/>
        <source>月例会</source>
        <translation>Monthly meeting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cycle_page.py" line="26"/>
        <source>季评议</source>
        <translation>Quarterly review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cycle_page.py" line="29"/>
        <source>奖惩与绩效</source>
        <translation>Rewards and pay</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cycle_page.py" line="43"/>
        <source>例会考核</source>
        <translation>Meetings and reviews</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/cycle_page.py" line="43"/>
        <source>规范要求“月例会、季评议”：每月召开工作例会，每季度由党员和群众代表评议网格员，村党组织初评、乡镇党委复评；考核结果用于表彰、绩效补贴和调整。</source>
        <translation>The standard asks for a monthly meeting and a quarterly review: the team meets every month; every quarter party members and residents&apos; representatives appraise each grid member, the village party organisation reviews first and the township party committee second; the results decide commendations, performance pay and changes in the team.</translation>
    </message>
</context>
<context>
    <name>DailyLogDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="65"/>
        <source>例如：一组、二组入户；沿河道巡查</source>
        <translation>e.g. groups 1 and 2, door to door; along the river</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="71"/>
        <source>{0} 走访 {1} 户：{2}</source>
        <translation>{0}: visited {1} households: {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="75"/>
        <source>这一天没有走访记录</source>
        <translation>No visits recorded this day</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="91"/>
        <source>{0} 件（保存后在日志里“上报问题”，每件生成一个案件）</source>
        <translation>{0} (after saving, use “Report a problem” in the log; each becomes a case)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="93"/>
        <source>今日无异常</source>
        <translation>Nothing to report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="98"/>
        <source>{0} 的民情日志：{1}</source>
        <translation>Daily log of {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="100"/>
        <source>退回理由：{0}</source>
        <translation>Returned because: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="101"/>
        <source>民情日志</source>
        <translation>Daily log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="102"/>
        <source>时段一</source>
        <translation>Slot 1</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="102"/>
        <source>时段二</source>
        <translation>Slot 2</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="102"/>
        <source>工作时长</source>
        <translation>Hours worked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="103"/>
        <source>去了哪里</source>
        <translation>Where they went</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="103"/>
        <source>当天走访（取自走访记录）</source>
        <translation>Visits that day (from the visit log)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="104"/>
        <source>走访以外发现的问题</source>
        <translation>Problems found outside visits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="104"/>
        <source>当场解决</source>
        <translation>Solved on the spot</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="105"/>
        <source>已上报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="105"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="106"/>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="119"/>
        <source>{0:.1f} 小时</source>
        <translation>{0:.1f} hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/daily_log_dialog.py" line="119"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DailyLogPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="52"/>
        <source>民情日志</source>
        <translation>Daily log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="53"/>
        <source>网格员每个工作日记一篇民情日志（日反馈）：时段与工时、去了哪里、走访的户（取自走访记录）、发现的问题、当场解决与上报；没有异常也要记“今日无异常”。网格长签核本网格成员的日志，网格长本人的由中心签核。工作日没有日志的，在月度表里显示为“缺”。</source>
        <translation>Every working day a grid member keeps a daily log (daily feedback): time slots and hours, where they went, the households visited (from the visit log), problems found, solved on the spot and reported; a day with nothing to note is logged as “nothing to report”. A grid leader signs off their members&apos; logs; the centre signs the leader&apos;s own. A working day with no log shows as missing in the month table.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="57"/>
        <source>一天的日志</source>
        <translation>A day&apos;s log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="58"/>
        <source>月度表</source>
        <translation>Month table</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="61"/>
        <source>待签核</source>
        <translation>To sign off</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="76"/>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="139"/>
        <source>填写日志…</source>
        <translation>Write the log…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="79"/>
        <source>上报问题…</source>
        <translation>Report a problem…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="85"/>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="291"/>
        <source>网格员</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="85"/>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="291"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="95"/>
        <source>当天走访的户（取自走访记录）</source>
        <translation>Households visited that day (from the visit log)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="123"/>
        <source>没有可以查看的网格员。</source>
        <translation>No grid member you may see.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="130"/>
        <source>{0} {1}：{2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="133"/>
        <source>（已转案件）</source>
        <translation> (made into a case)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="134"/>
        <source>发现 {0}：{1}{2}</source>
        <translation>Found {0}: {1}{2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="139"/>
        <source>修改日志…</source>
        <translation>Edit the log…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="158"/>
        <source>这一天还没有日志。</source>
        <translation>No log for this day yet.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="159"/>
        <source>已提交，待签核</source>
        <translation>Submitted, waiting for sign-off</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="159"/>
        <source>已签核</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="302"/>
        <source>退回更正…</source>
        <translation>Return for correction…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="161"/>
        <source>状态：{0}</source>
        <translation>State: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="165"/>
        <source>（{0} {1}）</source>
        <translation> ({0} {1})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="167"/>
        <source>退回理由：{0}</source>
        <translation>Returned because: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="169"/>
        <source>时段：{0}（共 {1:.1f} 小时）</source>
        <translation>Slots: {0} ({1:.1f} hours in all)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="169"/>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="175"/>
        <source>（无）</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="185"/>
        <source>照片：{0}</source>
        <translation>Photos: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="248"/>
        <source>无</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="171"/>
        <source>去了哪里：{0}</source>
        <translation>Where they went: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="99"/>
        <source>当天应巡查的场所和风险点（按巡查频次和季节）</source>
        <translation>Places and risk points to patrol that day (by frequency and season)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="146"/>
        <source>漏巡：应于 {0} 巡查</source>
        <translation>missed: was due on {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="147"/>
        <source>当天到期</source>
        <translation>due that day</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="148"/>
        <source>{0}（每 {1} 天一次）：{2}</source>
        <translation>{0} (every {1} days): {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="153"/>
        <source>没有到期或漏巡的巡查。</source>
        <translation>No patrol due or missed.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="154"/>
        <source>当天应巡查的场所和风险点（按巡查频次和季节）：{0} 处</source>
        <translation>Places and risk points to patrol that day (by frequency and season): {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="160"/>
        <source>退回待更正</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="173"/>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="316"/>
        <source>今日无异常</source>
        <translation>Nothing to report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="176"/>
        <source>发现的问题：{0}；当场解决 {1}，上报 {2}</source>
        <translation>Problems found: {0}; solved on the spot {1}, reported {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="179"/>
        <source>备注：{0}</source>
        <translation>Notes: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="213"/>
        <source>上报问题</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="225"/>
        <source>‹ 上个月</source>
        <translation>‹ Previous month</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="226"/>
        <source>下个月 ›</source>
        <translation>Next month ›</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="235"/>
        <source>√ 已签核&#x3000;○ 已提交&#x3000;无 今日无异常&#x3000;退 已退回&#x3000;缺 工作日没有日志；空白为休息日、未任职或当天未结束</source>
        <translation>√ signed off   ○ submitted   N nothing to report   R returned   M working day with no log; blank: a day off, not in post, or not over yet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="249"/>
        <source>退</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="249"/>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="262"/>
        <source>缺</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="258"/>
        <source>{0}年{1}月：{2} 名网格员，缺 {3} 篇日志</source>
        <translation>{1}/{0}: {2} grid members, {3} logs missing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="291"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="291"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="300"/>
        <source>签核</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="316"/>
        <source>日志</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="319"/>
        <source>待签核（{0}）</source>
        <translation>To sign off ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="340"/>
        <source>退回日志</source>
        <translation>Return the log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="340"/>
        <source>写明退回的理由，网格员更正后重新提交。</source>
        <translation>Say why it is returned; the member corrects it and submits again.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/daily_log_page.py" line="341"/>
        <source>例如：时段与走访记录对不上</source>
        <translation>e.g. the slots do not match the visit log</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="79"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="80"/>
        <source>{0}，您好。这里是{1}的概况；点一个数字，看它背后的名单。</source>
        <translation>Hello, {0}. Here is {1} at a glance; click a number to see the list behind it.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="81"/>
        <source>现在备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="88"/>
        <source>录入节假日</source>
        <translation>Enter holidays</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="106"/>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="197"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="106"/>
        <source>户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="107"/>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="160"/>
        <source>人口</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="107"/>
        <source>网格队伍（人）</source>
        <translation>Grid team (people)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="108"/>
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="109"/>
        <source>已超期案件</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="110"/>
        <source>本周到期</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="111"/>
        <source>紧急事项未上报</source>
        <translation>Urgent, unreported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="112"/>
        <source>本周未走访完的网格</source>
        <translation>Grids still to visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="113"/>
        <source>待走访的重点人群</source>
        <translation>Key people to visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="114"/>
        <source>漏巡的场所和风险点</source>
        <translation>Missed patrols</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="115"/>
        <source>本年培训未达标</source>
        <translation>Short of training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="116"/>
        <source>未持证的网格员</source>
        <translation>Not certified</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="117"/>
        <source>60 天内到期的证书</source>
        <translation>Certs expiring soon</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="118"/>
        <source>上个工作日缺日志</source>
        <translation>Missing daily logs</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="119"/>
        <source>待签核的民情日志</source>
        <translation>Logs to sign off</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="120"/>
        <source>队伍不齐的网格</source>
        <translation>Grids understaffed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="121"/>
        <source>未补的岗位空缺</source>
        <translation>Open vacancies</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="123"/>
        <source>未结束的季度评议</source>
        <translation>Reviews not closed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="124"/>
        <source>联户落后的党员</source>
        <translation>Contacts behind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="126"/>
        <source>超期的信访</source>
        <translation>Petitions overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="128"/>
        <source>逾期未报的报表</source>
        <translation>Reports overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="137"/>
        <source>持证上岗例外</source>
        <translation>Cert. exceptions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="149"/>
        <source>还没有案件。上报第一件后，这里按月、按类别画出案件数和结案用时。</source>
        <translation>No cases yet. Once the first is reported, cases by month and category and closing times are charted here.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="154"/>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="201"/>
        <source>各网格户数与人口</source>
        <translation>Households and residents per grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="159"/>
        <source>网格编码</source>
        <translation>Grid code</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="159"/>
        <source>网格名称</source>
        <translation>Grid name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="160"/>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="197"/>
        <source>网格（不含微网格）</source>
        <translation>Grids (not micro)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="198"/>
        <source>另有微网格 {0} 个，其户数与人口计入所属网格</source>
        <translation>plus {0} micro-grids, counted in their grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="200"/>
        <source>各网格户数与人口（{0}）</source>
        <translation>Households and residents by grid ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="232"/>
        <source>{0} 年还没有结案的案件。</source>
        <translation>No cases closed in {0} yet.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="235"/>
        <source>未回访</source>
        <translation>Not visited back</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="237"/>
        <source>{0} 年已结案 {1} 件：{2}。回访满意度：{3}。</source>
        <translation>Closed in {0}: {1} cases: {2}. Satisfaction at the revisit: {3}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="248"/>
        <source>上次备份到 U 盘或另一块磁盘是 {0} 天前（{1}）。请每周至少备份一次。</source>
        <translation>The last backup to a USB stick or another disk was {0} days ago ({1}). Back up at least once a week.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="251"/>
        <source>备份只留在这台电脑上：电脑坏了、被盗或中了病毒，备份会和数据一起丢失。请备份到 U 盘或移动硬盘。</source>
        <translation>The backups are on this PC only: if it breaks, is stolen or gets a virus, they are lost with the data. Back up to a USB stick or an external disk.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="253"/>
        <source>还没有备份过。一台电脑坏了，全村的数据就没了：请现在备份一次，最好到 U 盘。</source>
        <translation>There has never been a backup. If this PC fails, the whole village&apos;s records go with it: please back up now, preferably to a USB stick.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="266"/>
        <source>{0} 年的法定节假日和调休还没有录入（国务院一般在 11、12 月公布）。在录入之前，办理期限落在 {0} 年的案件按周末推算，可能差几天。</source>
        <translation>The official holidays and adjusted working weekends of {0} have not been entered yet (the State Council usually publishes them in November or December). Until they are, due dates falling in {0} are estimated from weekends only and may be a few days off.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dashboard.py" line="268"/>
        <source>请告诉主任录入。</source>
        <translation> Please ask the director to enter them.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="28"/>
        <source>概览 — {0}</source>
        <translation>Overview — {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="29"/>
        <source>各村每月上报的批次：颜色表示最需要注意的情况，鼠标停在格子上看详情。</source>
        <translation>Each village&apos;s batches by month: the colour shows what most needs attention; rest the mouse on a cell for details.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="33"/>
        <source>登记的村</source>
        <translation>Villages registered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="34"/>
        <source>待答复的上报件</source>
        <translation>Escalations waiting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="35"/>
        <source>已超过答复期限</source>
        <translation>Past their answer deadline</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="36"/>
        <source>上月应报未报的村</source>
        <translation>Villages missing last month</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="37"/>
        <source>未通过检测的包（隔离）</source>
        <translation>Packages failed (quarantined)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="54"/>
        <source>查看上报件</source>
        <translation>Open escalations</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="57"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/dashboard_page.py" line="67"/>
        <source>还没有登记村。请用命令 griddesk township village add 登记各村和它们的公钥指纹。</source>
        <translation>No village is registered yet. Register each village and its key fingerprint with griddesk township village add.</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="31"/>
        <source>选“其他”时必填，如：病故、退休</source>
        <translation>Required for “other”, e.g. died, retired</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="33"/>
        <source>如：村两委、镇网格化服务管理中心</source>
        <translation>e.g. the village committees, the township grid centre</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="35"/>
        <source>文件编号或名称</source>
        <translation>Document number or title</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="37"/>
        <source>登记离任：{0}</source>
        <translation>Record departure: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="38"/>
        <source>离任日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="38"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="38"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="39"/>
        <source>决定人（单位）</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="39"/>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/departure_dialog.py" line="40"/>
        <source>{0}，{1}起任职。离任后不再出现在公示牌上，记录保留；岗位随即登记为空缺，直到有人任命到这个网格和岗位。</source>
        <translation>{0}, appointed {1}. After leaving they are off the signs and the record is kept; the post becomes a vacancy until someone is appointed to this grid and post.</translation>
    </message>
</context>
<context>
    <name>DirectorPage</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="64"/>
        <source>主任账号</source>
        <translation>Director&apos;s account</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="65"/>
        <source>主任可以管理所有账号。密码至少 8 位，包含大写字母、小写字母、数字、符号中的至少三类。</source>
        <translation>The director manages all accounts. The password needs at least 8 characters from at least three of: upper case, lower case, digits, symbols.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="70"/>
        <source>登录名，例如 wangzr</source>
        <translation>User name, e.g. wangzr</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="72"/>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="78"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="77"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="79"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="80"/>
        <source>再输一遍</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="93"/>
        <source>两次输入的密码不一样。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>DisputeLayoutDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="22"/>
        <source>统计表设置</source>
        <translation>Report rows and bands</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="27"/>
        <source>统计表的行</source>
        <translation>Report rows</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="32"/>
        <source>新增行</source>
        <translation>New row</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="34"/>
        <source>删除行</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="42"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="45"/>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="50"/>
        <source>归入这一行的事件类别（未归入任何行的纠纷类别计入“其他”）</source>
        <translation>Case categories counted in this row (a dispute category no row takes counts under the catch-all row)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="53"/>
        <source>保存这一行</source>
        <translation>Save this row</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="59"/>
        <source>涉及人数分档（每档的起始人数，用逗号分开）</source>
        <translation>People bands (the first number of each band, separated by commas)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="62"/>
        <source>保存分档</source>
        <translation>Save bands</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="70"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="81"/>
        <source>（收纳未归类的纠纷）</source>
        <translation> (takes the unmapped disputes)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/dispute_layout_dialog.py" line="98"/>
        <source>（已归入：{0}）</source>
        <translation> (in row: {0})</translation>
    </message>
</context>
<context>
    <name>DisputeReportTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="36"/>
        <source>填报月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="48"/>
        <source>填报人</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="52"/>
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="56"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="58"/>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="64"/>
        <source>统计表设置…</source>
        <translation>Rows and bands…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="80"/>
        <source>排查数：本月发现、受理的纠纷；调处数：本月调解有结果或结案的纠纷；调处成功数：其中达成协议，或以实质性办结、实质性化解结案的；涉及人数：本月排查的纠纷按所涉人数分档计起数。</source>
        <translation>Found: disputes found or reported this month. Handled: disputes whose mediation ended or whose case closed this month. Resolved: of those, the ones with an agreement, or closed as solved or resolved by mediation. People involved: the disputes found this month, counted by how many people each involves.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="96"/>
        <source>{0}年{1}月，年度累计自1月1日起</source>
        <translation>{1}/{0}; the year to date runs from 1 January</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="102"/>
        <source>小计</source>
        <translation>Month total</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="102"/>
        <source>年度累计</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="114"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="116"/>
        <source>排查数</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="116"/>
        <source>调处数</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="116"/>
        <source>调处成功数</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="120"/>
        <source>总数</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="121"/>
        <source>其中重大</source>
        <translation>Of them major</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="122"/>
        <source>涉及人数（起）</source>
        <translation>People involved (disputes)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="155"/>
        <source>矛盾纠纷排查调处情况统计表 {0}</source>
        <translation>Dispute report {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="163"/>
        <source>没有生成</source>
        <translation>Not made</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="167"/>
        <source>生成 {0}</source>
        <translation>making {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="167"/>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="189"/>
        <source>矛盾纠纷排查调处情况统计表</source>
        <translation>Dispute screening and mediation report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="174"/>
        <source>导出Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="175"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="181"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="181"/>
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="185"/>
        <source>没有导出</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/dispute_report_tab.py" line="189"/>
        <source>导出 {0}</source>
        <translation>exporting {0}</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/disputes_page.py" line="22"/>
        <source>人民调解</source>
        <translation>People&apos;s mediation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/disputes_page.py" line="24"/>
        <source>信访登记</source>
        <translation>Petitions register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/disputes_page.py" line="37"/>
        <source>调解信访</source>
        <translation>Mediation and petitions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/disputes_page.py" line="38"/>
        <source>人民调解：受理登记、调查、调解、达成协议或引导至法院、仲裁、信访、乡镇，打印人民调解协议书，回访履行情况。信访：登记来信、来电、来访和网上信访，15 日内决定是否受理，受理后 60 日内答复，超期的显示为红色；需要网格处理的可以转为事件。</source>
        <translation>People&apos;s mediation: accept and register, investigate, mediate, reach an agreement or refer to the court, arbitration, letters and visits or the township, print the mediation agreement, and visit to see it carried out. Petitions: register letters, calls, visits and online petitions, decide within 15 days whether to accept, answer within 60 days of accepting; overdue ones show in red; one the grid must handle can become a case.</translation>
    </message>
</context>
<context>
    <name>DivisionBar</name>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="33"/>
        <source>拆分网格…</source>
        <translation>Split grid…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="34"/>
        <source>合并网格…</source>
        <translation>Merge grids…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="35"/>
        <source>撤销空网格…</source>
        <translation>Retire empty grid…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="36"/>
        <source>划分记录</source>
        <translation>Division record</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="37"/>
        <source>打印划分年报…</source>
        <translation>Print division report…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="38"/>
        <source>规模参考值…</source>
        <translation>Size guidance…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="73"/>
        <source>⚠ 偏小</source>
        <translation>⚠ small</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="73"/>
        <source>⚠ 偏大</source>
        <translation>⚠ large</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="84"/>
        <source>规模参考约 {0} 户（{1}–{2} 户）</source>
        <translation>guidance about {0} households ({1}–{2})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="87"/>
        <source>偏小</source>
        <translation>small</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="87"/>
        <source>偏大</source>
        <translation>large</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="88"/>
        <source>现有 {0} 户</source>
        <translation>{0} households now</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="89"/>
        <source>：⚠ {0}，可保存，报送时请说明</source>
        <translation>: ⚠ {0}; you may save, explain it in the report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="94"/>
        <source>{0} 户；规模参考约 {1} 户（{2}–{3} 户不提示）</source>
        <translation>{0} households; guidance about {1} (no warning from {2} to {3})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="103"/>
        <source>请先选中要拆分的网格。</source>
        <translation>Select the grid to split first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="121"/>
        <source>请先选中合并后保留的网格。</source>
        <translation>Select the grid that remains after the merge first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="135"/>
        <source>请先选中要撤销的网格。</source>
        <translation>Select the grid to retire first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="137"/>
        <source>撤销网格</source>
        <translation>Retire grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="137"/>
        <source>撤销“{0}”（{1}）：编码保留在划分记录里，不再使用。</source>
        <translation>Retire “{0}” ({1}): its code stays in the division record and is never used again.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="160"/>
        <source>网格划分年报</source>
        <translation>Division report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="160"/>
        <source>年度（1月25日前报送）</source>
        <translation>Year (report before 25 January)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="165"/>
        <source>保存网格划分年报</source>
        <translation>Save the division report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="166"/>
        <source>{0}年度网格划分情况报告.pdf</source>
        <translation>grid-division-report-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="166"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/division_bar.py" line="175"/>
        <source>已生成 {0} 年度网格划分报告 {1} 页：{2}</source>
        <translation>Made the {0} division report, {1} pages: {2}</translation>
    </message>
</context>
<context>
    <name>DivisionHistory</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="10"/>
        <source>新设</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="11"/>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="12"/>
        <source>合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="13"/>
        <source>调整边界</source>
        <translation>Re-bounded</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="14"/>
        <source>更名</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="15"/>
        <source>撤销</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>DivisionHistoryDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="25"/>
        <source>网格划分记录</source>
        <translation>Grid division record</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="27"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="27"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="27"/>
        <source>调整内容</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="27"/>
        <source>调整前（户）</source>
        <translation>Before (households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="28"/>
        <source>调整后（户）</source>
        <translation>After (households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="28"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="28"/>
        <source>批准文件</source>
        <translation>Approval document</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/division_history_dialog.py" line="28"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>DivisionNotice</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/division_notice.py" line="15"/>
        <source>查看网格</source>
        <translation>View grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/division_notice.py" line="22"/>
        <source>{0} 年度网格划分报告应于 {1} 前报送乡镇，尚未打印{2}。</source>
        <translation>The {0} grid division report is due to the township by {1} and has not been printed{2}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/division_notice.py" line="24"/>
        <source>（已逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/division_notice.py" line="26"/>
        <source>{0} 个网格的户数超出规模参考范围。</source>
        <translation>{0} grids are outside the size guidance.</translation>
    </message>
</context>
<context>
    <name>DownlinksPage</name>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="44"/>
        <source>下发</source>
        <translation>Send down</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="44"/>
        <source>向村里交办任务（只能是准入清单上的类型），登记乡镇举办的培训和参加的人。保存后随这个村的下一个回复包发出。</source>
        <translation>Hand tasks to the villages (only types on the admission list) and record the training the township held and who attended. Each goes out with the village&apos;s next reply package.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="59"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="66"/>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="71"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="66"/>
        <source>任务类型</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="66"/>
        <source>任务名称</source>
        <translation>Task title</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="66"/>
        <source>办理期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="66"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="67"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="71"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="71"/>
        <source>开始时间</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="71"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="71"/>
        <source>参加人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="72"/>
        <source>参加人</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="74"/>
        <source>已保存、待随回复包发出的任务</source>
        <translation>Tasks saved, waiting for the next reply package</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="75"/>
        <source>交办任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="76"/>
        <source>已登记、待随回复包发出的培训</source>
        <translation>Training recorded, waiting for the next reply package</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="77"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="110"/>
        <source>现行准入清单（{0} 个任务类型，只能交办这些类型）：{1}</source>
        <translation>The task admission list in force ({0} task types; only these may be sent down): {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="114"/>
        <source>待发出的任务：{0} 件；培训：{1} 次</source>
        <translation>Waiting to go out: tasks {0}; training sessions {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/downlinks_page.py" line="117"/>
        <source>全部网格</source>
        <translation>All grids</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="33"/>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="93"/>
        <source>导出 Excel 台账</source>
        <translation>Export an Excel ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="41"/>
        <source>本软件模板（可改好后再导入）</source>
        <translation>GridDesk template (can be fixed and imported again)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="42"/>
        <source>县级模板（每个文件最多 1000 行）</source>
        <translation>County layout (at most 1,000 rows a file)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="43"/>
        <source>导出完整的身份证号和电话</source>
        <translation>Export full ID numbers and phones</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="45"/>
        <source>导出完整号码的理由（记入审计日志）</source>
        <translation>Why full numbers are exported (written to the audit log)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="50"/>
        <source>全村</source>
        <translation>Whole village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="52"/>
        <source>（按当前筛选）</source>
        <translation> (the current filter)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="54"/>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="55"/>
        <source>版式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="56"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="76"/>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="84"/>
        <source>导出完整号码需要写明理由。</source>
        <translation>Exporting full numbers needs a reason.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="102"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="104"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="104"/>
        <source>已导出 {0} 个文件：
{1}</source>
        <translation>Exported {0} file(s):
{1}</translation>
    </message>
</context>
<context>
    <name>FindingCaseDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/finding_case_dialog.py" line="24"/>
        <source>转为案件</source>
        <translation>Make a case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/finding_case_dialog.py" line="24"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/finding_case_dialog.py" line="24"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/finding_case_dialog.py" line="25"/>
        <source>案件会带上这次走访的网格和地点，从“问题上报”开始办理。</source>
        <translation>The case takes the visit&apos;s grid and place along and starts at “Reported”.</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="22"/>
        <source>建网格</source>
        <translation>Set up grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="22"/>
        <source>按村民小组划好网格，写上四至边界。</source>
        <translation>Divide the village into grids by villager group and note each one&apos;s boundaries.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="22"/>
        <source>去建网格</source>
        <translation>Set up grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="23"/>
        <source>加队伍</source>
        <translation>Add the team</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="23"/>
        <source>录入网格长和网格员，每个网格至少一人。</source>
        <translation>Enter the grid leaders and grid workers, at least one per grid.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="23"/>
        <source>去加队伍</source>
        <translation>Add the team</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="24"/>
        <source>导入台账</source>
        <translation>Import the ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="24"/>
        <source>把现有的居民花名册（Excel）导入，或逐户录入。</source>
        <translation>Import the existing residents&apos; register (Excel), or enter it household by household.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="24"/>
        <source>去导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="26"/>
        <source>备份到 U 盘</source>
        <translation>Back up to a USB stick</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="26"/>
        <source>插上 U 盘备份一次；U 盘和恢复密钥分开放。</source>
        <translation>Plug in a USB stick and back up once; keep the stick and the recovery key apart.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="26"/>
        <source>去备份</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="28"/>
        <source>打印公示牌</source>
        <translation>Print the signs</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="28"/>
        <source>每个网格一张，公示网格员和联系电话。</source>
        <translation>One per grid, showing its grid workers and their phone numbers.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="28"/>
        <source>去打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="33"/>
        <source>开始使用</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="37"/>
        <source>不再显示</source>
        <translation>Don&apos;t show again</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/first_steps_panel.py" line="68"/>
        <source>新中心的五步，已完成 {0} 步；做完一步，这里自动打勾。</source>
        <translation>Five steps for a new centre, {0} done; each is ticked here once it is done.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="260"/>
        <source>回访日期</source>
        <translation>Date of visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="260"/>
        <source>回访人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="260"/>
        <source>履行回访</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="261"/>
        <source>履行情况</source>
        <translation>Carried out?</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="261"/>
        <source>回访情况</source>
        <translation>What the visit found</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="31"/>
        <source>微网格（约 100 户）</source>
        <translation>Micro-grid (about 100 households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="33"/>
        <source>农村网格（约 300 户）</source>
        <translation>Rural grid (about 300 households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="34"/>
        <source>城市网格（约 500 户）</source>
        <translation>Urban grid (about 500 households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="38"/>
        <source>所含村民小组或自然村，例如：东村、西村</source>
        <translation>Villager groups or natural villages it covers, e.g. East, West</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="44"/>
        <source>https:// 开头的微信群邀请链接，印在公示牌上成为二维码</source>
        <translation>The group invitation link, starting with https://; printed on the sign as a QR code</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="48"/>
        <source>改名称或边界时填写，记入网格划分记录</source>
        <translation>When the name or the boundary changes: goes on the record of the division</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="50"/>
        <source>批准文件的文号，没有可不填</source>
        <translation>The approving document’s number, if there is one</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="51"/>
        <source>编辑网格</source>
        <translation>Edit grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="51"/>
        <source>新增微网格</source>
        <translation>New micro-grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="51"/>
        <source>新增网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="52"/>
        <source>网格编码</source>
        <translation>Grid code</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="52"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="53"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="53"/>
        <source>村民小组</source>
        <translation>Villager groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="54"/>
        <source>四至边界</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="55"/>
        <source>规模</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="55"/>
        <source>微信群链接</source>
        <translation>WeChat group link</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="56"/>
        <source>变更原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grid_dialog.py" line="56"/>
        <source>批准文号</source>
        <translation>Document number</translation>
    </message>
</context>
<context>
    <name>GridsPickDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grids_pick_dialog.py" line="21"/>
        <source>{0} 负责的网格</source>
        <translation>Grids of {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/grids_pick_dialog.py" line="22"/>
        <source>网格员账号只能看到这里勾选的网格（含其微网格）中的人员。</source>
        <translation>A grid member&apos;s account sees only the people of the grids ticked here (and their micro-grids).</translation>
    </message>
</context>
<context>
    <name>GridsTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="30"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="30"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="30"/>
        <source>村民小组</source>
        <translation>Villager groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="30"/>
        <source>户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="31"/>
        <source>人</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="31"/>
        <source>地图</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="31"/>
        <source>二维码</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="32"/>
        <source>规模</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="34"/>
        <source>新增网格…</source>
        <translation>New grid…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="35"/>
        <source>新增微网格…</source>
        <translation>New micro-grid…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="36"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="37"/>
        <source>设置地图…</source>
        <translation>Set map…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="38"/>
        <source>设置微信群二维码…</source>
        <translation>Set WeChat group QR…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="70"/>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="96"/>
        <source>请先在列表中选中微网格所属的网格，再点“新增微网格”。</source>
        <translation>First select, in the list, the grid the micro-grid belongs to, then click “New micro-grid”.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="116"/>
        <source>请先选中一个网格。</source>
        <translation>First select a grid.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="118"/>
        <source>选择图片</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/grids_tab.py" line="118"/>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="37"/>
        <source>不填则与户籍地址相同</source>
        <translation>Leave empty if the same as the registered address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="41"/>
        <source>18 位，出生日期和性别由它得出</source>
        <translation>18 characters; birth date and sex come from it</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="44"/>
        <source>户主已代表本户进入网格微信群</source>
        <translation>The head has joined the grid&apos;s WeChat group for the household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="45"/>
        <source>新增户</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="46"/>
        <source>户号*</source>
        <translation>Household number*</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="46"/>
        <source>所属网格*</source>
        <translation>Grid*</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="47"/>
        <source>户籍地址</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="47"/>
        <source>现居住地址</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="48"/>
        <source>户主姓名*</source>
        <translation>Head&apos;s name*</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="48"/>
        <source>户主身份证号*</source>
        <translation>Head&apos;s ID number*</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="49"/>
        <source>户主联系电话</source>
        <translation>Head&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/household_dialog.py" line="50"/>
        <source>户号为 {0} 位数字：户口簿上的户号，或本村编码后 3 位加 6 位序号（已填好下一个空号）。其他家庭成员在“新增居民”中选这一户登记。</source>
        <translation>The household number has {0} digits: the one on the household register, or the village code&apos;s last 3 digits and a 6-digit serial (the next free one is filled in). Register the other members under “New resident” by choosing this household.</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/household_picker.py" line="28"/>
        <source>输入户号、户主姓名或地址查找</source>
        <translation>Type a household number, head&apos;s name or address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/household_picker.py" line="37"/>
        <source>新户的户号：{0} 位数字（户口簿上的户号，或本村编码后 3 位加 6 位序号）</source>
        <translation>New household number: {0} digits (the one on the household register, or the village code&apos;s last 3 digits and a 6-digit serial)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/household_picker.py" line="58"/>
        <source>（不入户）</source>
        <translation>(no household)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/household_picker.py" line="60"/>
        <source>{0}&#x3000;户主 {1}&#x3000;{2}&#x3000;{3} 人</source>
        <translation>{0}  head {1}  {2}  {3} people</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/household_picker.py" line="62"/>
        <source>新增户…</source>
        <translation>New household…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="26"/>
        <source>人口信息</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="27"/>
        <source>户信息</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="28"/>
        <source>网格队伍</source>
        <translation>Grid team</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="29"/>
        <source>重点人群</source>
        <translation>Key groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="30"/>
        <source>出租房</source>
        <translation>Rental housing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="53"/>
        <source>导入 Excel 台账</source>
        <translation>Import an Excel ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="63"/>
        <source>按表识别</source>
        <translation>Recognise from the sheet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="67"/>
        <source>哪一类</source>
        <translation>Which group</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="68"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="70"/>
        <source>尚未选择文件（支持 .xlsx、.xls、.ods）</source>
        <translation>No file chosen yet (.xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="73"/>
        <source>台账类别</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="82"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="100"/>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="101"/>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="102"/>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="104"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="100"/>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="101"/>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="102"/>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="104"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="101"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="101"/>
        <source>原来</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="101"/>
        <source>改为</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="102"/>
        <source>未通过的原因</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="104"/>
        <source>请核对</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="112"/>
        <source>保存未通过的行…</source>
        <translation>Save the rejected rows…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="115"/>
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="123"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="151"/>
        <source>已新增（{0}）</source>
        <translation>Added ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="151"/>
        <source>已修改（{0}）</source>
        <translation>Changed ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="151"/>
        <source>未导入（{0}）</source>
        <translation>Not imported ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="151"/>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="153"/>
        <source>需核对（{0}）</source>
        <translation>To check ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="153"/>
        <source>将新增（{0}）</source>
        <translation>To add ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="153"/>
        <source>将修改（{0}）</source>
        <translation>To change ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="153"/>
        <source>未通过（{0}）</source>
        <translation>Refused ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="161"/>
        <source>请先点“选择文件…”选一个台账文件；看过预览后才能确认导入。</source>
        <translation>First click “Choose file…” to pick a ledger; you can confirm the import after checking the preview.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="163"/>
        <source>正在读取文件，或文件没有读出来。</source>
        <translation>The file is being read, or could not be read.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="167"/>
        <source>文件里没有要新增或修改的行，不需要导入。</source>
        <translation>The file has no rows to add or change; nothing to import.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="169"/>
        <source>确认后一次写入：新增 {0} 条，修改 {1} 条；未通过的 {2} 条不会写入。</source>
        <translation>Confirming writes everything at once: {0} added, {1} changed; the {2} refused rows are not written.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="182"/>
        <source>选择台账文件</source>
        <translation>Choose a ledger file</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="183"/>
        <source>Excel 文件 (*.xlsx *.xls *.ods)</source>
        <translation>Excel files (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="218"/>
        <source>读取台账</source>
        <translation>reading the ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="225"/>
        <source>新增 {0} 条，修改 {1} 条，没有变化 {2} 条，未通过 {3} 条。确认后一次写入；未通过的行不会写入，可保存下来改好再导入。</source>
        <translation>{0} new, {1} changed, {2} unchanged, {3} rejected. Confirming writes them in one go; rejected rows are not written: save them, fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="229"/>
        <source>这些列本软件没有对应的项目，已随每个人一并保存，导出时原样带回：{0}</source>
        <translation>GridDesk has no field for these columns; they are kept with each person and exported back as they are: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="231"/>
        <source>这些列本软件不认识，不会导入：{0}</source>
        <translation>These columns are not known and will not be imported: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="256"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="258"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="258"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="284"/>
        <source>导入台账</source>
        <translation>importing the ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="293"/>
        <source>导入完成：新增 {0} 条，修改 {1} 条，已写入。</source>
        <translation>Import finished: {0} added, {1} changed, all written.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="295"/>
        <source>未通过的 {0} 条没有导入，原因见“未导入”；可点“保存未通过的行…”改好后再导入。</source>
        <translation>The {0} refused rows were not imported (see “Not imported” for why); use “Save the rejected rows…”, correct them and import again.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="299"/>
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="305"/>
        <source>保存未通过的行</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="318"/>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="319"/>
        <source>未通过的行已保存到 {0}。</source>
        <translation>The rejected rows were saved to {0}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="319"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/export_dialog.py" line="38"/>
        <location filename="../../gridDesk/ui/dialogs/import_dialog.py" line="65"/>
        <source>{0}登记表</source>
        <translation>{0} register</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="37"/>
        <location filename="../../gridDesk/ui/township/import_page.py" line="96"/>
        <source>导入 U 盘</source>
        <translation>Import a USB stick</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="37"/>
        <source>每个包先检测签名、完整性和批次链，通过的才导入；不通过的放进隔离区，连同检测报告，一个也不导入。同一批次导入两次不会重复。</source>
        <translation>Every package is checked first (signature, completeness, batch chain); only those that pass are imported. One that fails goes to quarantine with its report and nothing of it is imported. The same batch twice is imported once.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="41"/>
        <source>U 盘上放档案包的文件夹</source>
        <translation>The folder on the stick holding the packages</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="42"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="44"/>
        <source>开始导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="59"/>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="59"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="59"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="59"/>
        <source>内容或原因</source>
        <translation>Contents or reasons</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="69"/>
        <source>选择 U 盘上的文件夹</source>
        <translation>Choose the folder on the USB stick</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="77"/>
        <source>请先选择 U 盘上的文件夹。</source>
        <translation>Please choose the folder on the USB stick first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="83"/>
        <source>正在查看 U 盘…</source>
        <translation>Looking at the stick…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="103"/>
        <source>已检测 {0} / {1} 个包：{2}</source>
        <translation>Checked {0} of {1} packages: {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="118"/>
        <source>共 {0} 个包：导入 {1} 个，已有 {2} 个，未导入 {3} 个</source>
        <translation>{0} packages: {1} imported, {2} already here, {3} not imported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="125"/>
        <source>事件 {0}，更正 {1}，上报件 {2}，培训 {3}，走访 {4}，报表数字 {5}，网格 {6}</source>
        <translation>cases {0}, corrections {1}, escalations {2}, training {3}, visits {4}, report figures {5}, grids {6}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="129"/>
        <source>（放在 {0}）</source>
        <translation> (kept in {0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/import_page.py" line="140"/>
        <source>U 盘上还有不该有的东西：{0}</source>
        <translation>The stick also holds what should not be there: {0}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="80"/>
        <source>花名册中的当事人</source>
        <translation>Parties from the roster</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="82"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="82"/>
        <source>身份证号（可不填）</source>
        <translation>ID number (optional)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="82"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="83"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="87"/>
        <source>添加一名（不在花名册）</source>
        <translation>Add one (not on the roster)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="87"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="102"/>
        <source>事件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="103"/>
        <source>纠纷来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="103"/>
        <source>纠纷等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="104"/>
        <source>发生时间</source>
        <translation>Date it arose</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="104"/>
        <source>受理日期</source>
        <translation>Date accepted</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="105"/>
        <source>发生地点</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="105"/>
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="106"/>
        <source>纠纷类型</source>
        <translation>Type of dispute</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="106"/>
        <source>简要情况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="107"/>
        <source>当事人</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="109"/>
        <source>人民调解受理登记</source>
        <translation>Register a mediation</translation>
    </message>
</context>
<context>
    <name>InvestigationDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="144"/>
        <source>登记调查</source>
        <translation>Record an investigation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="144"/>
        <source>调查日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="144"/>
        <source>调查人</source>
        <translation>Investigated by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="145"/>
        <source>调查情况</source>
        <translation>What was found</translation>
    </message>
</context>
<context>
    <name>KeyGroupDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="29"/>
        <source>重点人群：{0}</source>
        <translation>Key groups: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="32"/>
        <source>解除所选</source>
        <translation>End the selected</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="34"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="49"/>
        <source>新登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="51"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="52"/>
        <source>关注程度</source>
        <translation>Attention level</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="53"/>
        <source>列管日期</source>
        <translation>Listed since</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="62"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="63"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="126"/>
        <source>请先在左边选中要解除的一项。</source>
        <translation>First select, on the left, the entry to end.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/key_group_dialog.py" line="129"/>
        <source>人工解除</source>
        <translation>ended by hand</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../gridDesk/ui/i18n.py" line="33"/>
        <source>zh_CN</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../gridDesk/ui/language_words.py" line="11"/>
        <source>重新打开程序后生效。</source>
        <translation>Takes effect the next time GridDesk opens.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/language_words.py" line="12"/>
        <source>立即重启</source>
        <translation>Restart now</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/lock_screen.py" line="18"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/lock_screen.py" line="20"/>
        <source>为保护居民信息，长时间无操作后自动锁定。{0}，请输入密码解锁。</source>
        <translation>Locked after a period without input, to protect residents&apos; data. {0}, enter your password to unlock.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/lock_screen.py" line="23"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/lock_screen.py" line="26"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/lock_screen.py" line="44"/>
        <source>请输入密码。</source>
        <translation>Please enter your password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="22"/>
        <source>登录 GridDesk</source>
        <translation>Log in to GridDesk</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="25"/>
        <source>村综治中心</source>
        <translation>Governance centre</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="27"/>
        <source>请用您自己的账号登录。数据已加密保存。</source>
        <translation>Log in with your own account. The data is stored encrypted.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="31"/>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="50"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="32"/>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="51"/>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="92"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="33"/>
        <source>在此电脑上记住我（公用电脑请不要勾选）</source>
        <translation>Remember me on this PC (leave unticked on a shared PC)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="36"/>
        <source>不能勾选：这台电脑没有可用的系统凭据库（Windows 凭据管理器），GridDesk 不会把密钥存在普通文件里。每次请输入密码登录。</source>
        <translation>Unavailable: this PC has no system credential store (Windows Credential Manager), and GridDesk never keeps keys in an ordinary file. Enter your password each time.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="53"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="57"/>
        <source>忘记密码？用恢复密钥</source>
        <translation>Forgot the password? Use the recovery key</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="61"/>
        <source>从备份恢复…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="64"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="92"/>
        <source>已记住，可直接点登录</source>
        <translation>Remembered: just click Log in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="97"/>
        <source>请填写登录名。</source>
        <translation>Please enter the user name.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="103"/>
        <source>请填写密码。</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/login_dialog.py" line="111"/>
        <source>打不开数据库：文件已损坏，或不是本中心的。请点“从备份恢复…”，选最近的备份；现在的文件会先另存一份，不会丢。</source>
        <translation>The database cannot be opened: the file is damaged, or it is not this centre&apos;s. Click Restore from a backup… and choose the latest backup; the current file is saved aside first, nothing is lost.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="53"/>
        <source>GridDesk 村综治中心 — {0}</source>
        <translation>GridDesk governance centre — {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="91"/>
        <source>去“备份与恢复”</source>
        <translation>Go to Backup and restore</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="105"/>
        <source>当前用户：{0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="124"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="125"/>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="130"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="133"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="134"/>
        <source>使用说明(&amp;M)</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="139"/>
        <source>关于 GridDesk(&amp;A)</source>
        <translation>&amp;About GridDesk</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="216"/>
        <source>检查数据库</source>
        <translation>Database checked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="225"/>
        <source>数据库检查发现损坏，已进入只读模式：可以查看、打印和导出，不能修改。请到“设置 → 备份与恢复”从最近的备份恢复；恢复前现在的数据会先另存一份。</source>
        <translation>The database check found damage, so GridDesk is read-only: you can view, print and export, not change anything. Restore the latest backup under Settings → Backup and restore; the current data is saved aside first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="268"/>
        <source>无法显示</source>
        <translation>Cannot show this</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="271"/>
        <source>状态：已锁定</source>
        <translation>State: locked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="271"/>
        <source>状态：已解锁</source>
        <translation>State: unlocked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="276"/>
        <source>正在{0}，完成后再{1}</source>
        <translation>Still {0}; {1} when it is done</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="292"/>
        <source>锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="339"/>
        <source>关于 GridDesk</source>
        <translation>About GridDesk</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="340"/>
        <source>&lt;h3&gt;GridDesk {0}&lt;/h3&gt;&lt;p&gt;村综治中心（网格化服务管理中心）桌面工具：网格与人口、走访、事件六步闭环、培训、公示牌打印与档案上报。&lt;/p&gt;&lt;p&gt;数据以 SQLCipher 4 加密保存在本机，每次查看敏感信息、打印和导出都记入防篡改的审计日志。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridDesk {0}&lt;/h3&gt;&lt;p&gt;The desktop tool of a village comprehensive governance centre (grid service management centre): grids and residents, visits, the six-step case loop, training, announcement signs and archive packages.&lt;/p&gt;&lt;p&gt;Data is kept on this PC encrypted with SQLCipher 4; every view of sensitive data, every print and every export is written to a tamper-evident audit log.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="347"/>
        <source>还有工作在进行</source>
        <translation>Work still running</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="348"/>
        <location filename="../../gridDesk/ui/main_window.py" line="381"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="348"/>
        <source>。要等它完成，还是取消它？</source>
        <translation>. Wait for it to finish, or cancel it?</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="349"/>
        <source>完成后退出</source>
        <translation>Close when finished</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="352"/>
        <source>取消它再退出</source>
        <translation>Cancel it and close</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/main_window.py" line="353"/>
        <source>不退出</source>
        <translation>Don&apos;t close</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/manual_window.py" line="14"/>
        <source>使用说明</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/manual_window.py" line="21"/>
        <source>找不到使用说明（{0}）。请重新安装 GridDesk。</source>
        <translation>The manual is missing ({0}). Please reinstall GridDesk.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/manual_window.py" line="23"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/manual_window.py" line="27"/>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/manual_window.py" line="29"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="11"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="12"/>
        <source>调解中</source>
        <translation>In mediation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="13"/>
        <source>达成协议，待履行</source>
        <translation>Agreed, to be carried out</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="14"/>
        <source>未达成协议，已引导</source>
        <translation>No agreement, referred</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="15"/>
        <source>协议履行完毕</source>
        <translation>Carried out, closed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="17"/>
        <source>当事人申请</source>
        <translation>A party&apos;s application</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="18"/>
        <source>主动调解</source>
        <translation>The centre&apos;s own initiative</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="19"/>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="20"/>
        <source>较大</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="21"/>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="22"/>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="23"/>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="24"/>
        <source>信访</source>
        <translation>Letters and visits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="25"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="26"/>
        <source>已履行</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="27"/>
        <source>部分履行</source>
        <translation>Partly carried out</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="28"/>
        <source>未履行</source>
        <translation>Not carried out</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="29"/>
        <source>组织调解</source>
        <translation>Hold a session</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="29"/>
        <source>登记调解结果</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="30"/>
        <source>回访履行情况</source>
        <translation>Follow up the agreement</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/mediation_words.py" line="30"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>MediationTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="49"/>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="136"/>
        <source>当事人</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="50"/>
        <source>调查</source>
        <translation>Investigations</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="51"/>
        <source>调解</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="52"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="53"/>
        <source>参加</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="54"/>
        <source>调解结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="55"/>
        <source>达成协议</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="56"/>
        <source>履行方式</source>
        <translation>How it is carried out</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="57"/>
        <source>未达成协议，引导至</source>
        <translation>No agreement, referred to </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="58"/>
        <source>履行回访</source>
        <translation>Follow-up visits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="60"/>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="136"/>
        <source>调解编号</source>
        <translation>Mediation no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="61"/>
        <source>事件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="62"/>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="136"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="63"/>
        <source>纠纷来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="64"/>
        <source>纠纷等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="65"/>
        <source>发生时间</source>
        <translation>Date it arose</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="66"/>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="137"/>
        <source>受理日期</source>
        <translation>Date accepted</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="67"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="68"/>
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="69"/>
        <source>纠纷类型</source>
        <translation>Type of dispute</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="111"/>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="117"/>
        <source>登记调解…</source>
        <translation>Register a mediation…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="118"/>
        <source>调查…</source>
        <translation>Investigation…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="119"/>
        <source>调解…</source>
        <translation>Session…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="120"/>
        <source>调解结果…</source>
        <translation>Outcome…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="121"/>
        <source>打印协议书…</source>
        <translation>Print agreement…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="122"/>
        <source>履行回访…</source>
        <translation>Follow-up visit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="123"/>
        <source>查看完整号码…</source>
        <translation>Show full numbers…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="136"/>
        <source>事件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="137"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="185"/>
        <source>选一件调解查看记录。新的调解点“登记调解…”，从还没有调解的矛盾纠纷事件里选一件受理登记（也可以在“事件”页对这件事点“人民调解…”）。</source>
        <translation>Pick a mediation to see its record. For a new one click &quot;Register a mediation…&quot; and choose a dispute case that has no mediation yet (or click &quot;People&apos;s mediation…&quot; on that case on the Cases page).</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="200"/>
        <source>不能登记</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="203"/>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="208"/>
        <source>登记调解</source>
        <translation>Register a mediation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="204"/>
        <source>没有待调解的矛盾纠纷事件。调解总是办在一件事件上：先在“事件”页登记这件纠纷（类别选“矛盾纠纷”下的一类），再回来登记调解。</source>
        <translation>There is no dispute case waiting for mediation. A mediation always belongs to a case: first record the dispute on the Cases page (with a category under &quot;Disputes&quot;), then come back and register the mediation.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="208"/>
        <source>选择要调解的矛盾纠纷事件：</source>
        <translation>Choose the dispute case to mediate:</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="280"/>
        <source>不能打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="283"/>
        <source>人民调解协议书 {0}</source>
        <translation>Mediation agreement {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="293"/>
        <source>查看完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="293"/>
        <source>查看当事人完整身份证号和电话的理由（记入审计日志）</source>
        <translation>Why you need the parties&apos; full ID numbers and phones (written to the audit log)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/mediation_tab.py" line="300"/>
        <source>不能查看</source>
        <translation>Cannot show</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="46"/>
        <source>村综治中心会议室</source>
        <translation>Village centre meeting room</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="58"/>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="65"/>
        <source>党员</source>
        <translation>Party members</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="59"/>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="66"/>
        <source>群众代表</source>
        <translation>Residents&apos; representatives</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="61"/>
        <source>列席人员姓名，用顿号隔开，如：乡镇综治中心 王某某</source>
        <translation>Names of those attending, separated by 、 e.g. Township centre Wang</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="64"/>
        <source>中心和网格队伍（勾选）</source>
        <translation>Centre and grid team (tick)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="67"/>
        <source>列席</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="69"/>
        <source>类别</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="69"/>
        <source>项目</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="69"/>
        <source>数据</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="76"/>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="107"/>
        <source>落实事项</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="76"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="76"/>
        <source>完成时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="77"/>
        <source>转为任务</source>
        <translation>Make a task</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="80"/>
        <source>添加一项</source>
        <translation>Add one</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="80"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="86"/>
        <source>会议日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="87"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="88"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="89"/>
        <source>记录人</source>
        <translation>Minutes taker</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="90"/>
        <source>会议议题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="91"/>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="92"/>
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="93"/>
        <source>本月数据</source>
        <translation>Month&apos;s figures</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="96"/>
        <source>讨论情况</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="97"/>
        <source>会议决定</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="98"/>
        <source>讨论和决定</source>
        <translation>Discussion and decisions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="112"/>
        <source>修改月例会</source>
        <translation>Edit monthly meeting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="112"/>
        <source>登记月例会</source>
        <translation>Record monthly meeting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/meeting_dialog.py" line="145"/>
        <source>（未定）</source>
        <translation>(not yet)</translation>
    </message>
</context>
<context>
    <name>MeetingLines</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/meeting_lines.py" line="28"/>
        <source>登记月例会</source>
        <translation>Record monthly meeting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/meeting_lines.py" line="31"/>
        <source>查看任务</source>
        <translation>See tasks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/meeting_lines.py" line="42"/>
        <source>本月（{0}）还没有登记月例会：规范要求每月召开一次工作例会。</source>
        <translation>No monthly meeting recorded yet this month ({0}): the standard asks for one work meeting a month.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/meeting_lines.py" line="46"/>
        <source>月例会落实任务超期 {0} 项，未完成共 {1} 项。</source>
        <translation>{0} follow-up tasks of the monthly meeting overdue, {1} open in all.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/meeting_lines.py" line="52"/>
        <source>{0}（{1} 前完成）</source>
        <translation>{0} (due by {1})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/meeting_lines.py" line="53"/>
        <source> 已超期</source>
        <translation> overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/meeting_lines.py" line="54"/>
        <source>我的落实任务：</source>
        <translation>My follow-up tasks:</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="40"/>
        <source>已完成 {0}</source>
        <translation>Done {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="42"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="44"/>
        <source>超期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="45"/>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="65"/>
        <source>登记月例会…</source>
        <translation>Record meeting…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="65"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="66"/>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="197"/>
        <source>定稿</source>
        <translation>Make final</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="66"/>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="208"/>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="67"/>
        <source>打印会议纪要…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="75"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="75"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="75"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="75"/>
        <source>参会人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="76"/>
        <source>落实事项</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="76"/>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="100"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="83"/>
        <source>落实任务</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="87"/>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="88"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="92"/>
        <source>办结…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="93"/>
        <source>取消任务…</source>
        <translation>Cancel task…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="99"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="99"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="99"/>
        <source>完成时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="99"/>
        <source>来源</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="100"/>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="255"/>
        <source>完成情况</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="114"/>
        <source>已定稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="114"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="128"/>
        <source>{0} 月例会</source>
        <translation>{0} meeting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="136"/>
        <source>落实任务：未完成 {0} 项，其中超期 {1} 项</source>
        <translation>Follow-up tasks: {0} open, {1} overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="198"/>
        <source>定稿后这次会议不能再修改；本月数据按现在的统计固定下来，勾选“转为任务”的落实事项成为任务。确定定稿吗？</source>
        <translation>Once final, this meeting cannot be changed; the month&apos;s figures are fixed as they stand now and the follow-ups ticked &quot;Make a task&quot; become tasks. Make it final?</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="201"/>
        <source>不能定稿</source>
        <translation>Cannot make final</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="208"/>
        <source>删除 {0} 的会议草稿吗？</source>
        <translation>Delete the draft meeting of {0}?</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="210"/>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="236"/>
        <source>不能打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="239"/>
        <source>会议纪要 {0}</source>
        <translation>Minutes {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="255"/>
        <source>办结任务</source>
        <translation>Task done</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="255"/>
        <source>取消任务</source>
        <translation>Cancel task</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/meetings_tab.py" line="255"/>
        <source>取消原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>MemberCombo</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/member_combo.py" line="26"/>
        <source>（未持证）</source>
        <translation> (not certified)</translation>
    </message>
</context>
<context>
    <name>MemberPickDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_pick_dialog.py" line="12"/>
        <source>（不关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_pick_dialog.py" line="13"/>
        <source>账号 {0} 属于谁</source>
        <translation>Whom account {0} belongs to</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_pick_dialog.py" line="13"/>
        <source>网格队伍成员</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_pick_dialog.py" line="14"/>
        <source>派给这个人的案件，用这个账号登录时可以查看和办理。</source>
        <translation>Cases assigned to this person can be seen and worked when logged in with this account.</translation>
    </message>
</context>
<context>
    <name>MemberQuarterDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="24"/>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="24"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="25"/>
        <source>已走访 / 户数</source>
        <translation>Visited / households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="26"/>
        <source>结案时间</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="26"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="27"/>
        <source>办结时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="28"/>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="30"/>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="32"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="28"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="29"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="30"/>
        <source>日志状态</source>
        <translation>Log state</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="31"/>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="33"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="32"/>
        <source>场所/风险点</source>
        <translation>Place / risk point</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="35"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="36"/>
        <source>已签核</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="37"/>
        <source>退回待更正</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="55"/>
        <source>考核项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="55"/>
        <source>评分方式</source>
        <translation>Scored by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="55"/>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="56"/>
        <source>完成情况</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="56"/>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="86"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="56"/>
        <source>评议意见</source>
        <translation>Appraisal remarks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="74"/>
        <source>录入评议分数</source>
        <translation>Enter appraisal points</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="80"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="82"/>
        <source>评议意见或自评要点</source>
        <translation>Appraisal remarks or self-assessment</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="83"/>
        <source>保存这一项</source>
        <translation>Save this item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="87"/>
        <source>参加评议人数</source>
        <translation>People who took part</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="88"/>
        <source>意见</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="97"/>
        <source>记录村党组织初评…</source>
        <translation>Record the party branch&apos;s first review…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="99"/>
        <source>记录乡镇党委复评…</source>
        <translation>Record the township&apos;s second review…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="114"/>
        <source>{0} · {1}年第{2}季度</source>
        <translation>{0} · Q{2} {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="115"/>
        <source>{0}（{1} 项未评分）</source>
        <translation>{0} ({1} items not scored)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="117"/>
        <source>{0}&#x3000;{1}&#x3000;网格 {2}&#x3000;&#x3000;总分 {3}&#x3000;等次 {4}&#x3000;&#x3000;{5}</source>
        <translation>{0}  {1}  grid {2}    total {3}  grade {4}    {5}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="140"/>
        <source>尚未评议：先录入群众代表、党员评议和本人自评，再由村党组织初评、乡镇党委复评。</source>
        <translation>Not reviewed yet: enter the representatives&apos;, the party members&apos; and the self-assessment, then the party branch reviews first and the township second.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="144"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="144"/>
        <source>{0} {1} → {2}（{3}）</source>
        <translation>{0} {1} → {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="146"/>
        <source>{0}：{1}，{2}，意见：{3}；总分 {4}，{5}。{6}</source>
        <translation>{0}: {1}, {2}, decision: {3}; total {4}, {5}. {6}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="148"/>
        <source>调整：{0}</source>
        <translation>Changed: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="148"/>
        <source>未调整分数。</source>
        <translation>No points changed.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="168"/>
        <source>录入：{0}（满分 {1}）</source>
        <translation>Enter: {0} (out of {1})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="171"/>
        <source>选一个按台账计算的项目，下面列出它依据的记录。</source>
        <translation>Choose a computed item to list the records behind it.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="177"/>
        <source>{0}依据的记录：{1} 条（{2} 至 {3}）</source>
        <translation>Records behind {0}: {1} ({2} to {3})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="179"/>
        <source>&#x3000;双击一条记录打开它。</source>
        <translation> Double-click a record to open it.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="188"/>
        <source>本周没有走访到每一户</source>
        <translation>No visit to every household this week</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/member_quarter_dialog.py" line="188"/>
        <source>超过办结时限</source>
        <translation>Closed after its time limit</translation>
    </message>
</context>
<context>
    <name>MemberRewards</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/member_rewards.py" line="30"/>
        <source>奖惩记录：{0}</source>
        <translation>Commendations and warnings: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/member_rewards.py" line="30"/>
        <source>奖惩记录：无</source>
        <translation>Commendations and warnings: none</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="47"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="47"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="47"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="47"/>
        <source>出勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="48"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="48"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="49"/>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="49"/>
        <source>发证单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="49"/>
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="49"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="58"/>
        <source>登记证书…</source>
        <translation>Add certificate…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="60"/>
        <source>删除所选证书</source>
        <translation>Delete selected certificate</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="68"/>
        <source>培训经历</source>
        <translation>Training history</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="70"/>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="89"/>
        <source>60 天内到期的证书：{0}。请安排复训或换证。</source>
        <translation>Certificates expiring within 60 days: {0}. Arrange retraining or renewal.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="89"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="127"/>
        <source>长期有效</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="133"/>
        <source>没有登记证书：{0}参加岗前培训并合格，视同持证上岗。</source>
        <translation>No certificate on file: {0} passed the onboarding training, which counts as certified.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="150"/>
        <source>删除证书</source>
        <translation>Delete certificate</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="150"/>
        <source>删除证书 {0}？</source>
        <translation>Delete certificate {0}?</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_members_tab.py" line="156"/>
        <source>没有删除</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="26"/>
        <source>{0}（{1}，{2} 户）</source>
        <translation>{0} ({1}, {2} households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="39"/>
        <source>合并网格</source>
        <translation>Merge grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="39"/>
        <source>并入的网格</source>
        <translation>Grids merged in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="39"/>
        <source>合并后名称</source>
        <translation>Name after the merge</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="40"/>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="40"/>
        <source>调整日期</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="41"/>
        <source>调整原因</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="41"/>
        <source>批准文件</source>
        <translation>Approval document</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="42"/>
        <source>选中的网格并入“{0}”（{1}），编码保留；并入的网格撤销，编码不再使用。</source>
        <translation>The grids checked merge into “{0}” ({1}), which keeps its code; they are retired and their codes never used again.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/merge_dialog.py" line="55"/>
        <source>合并前 {0} 户，合并后 {1} 户</source>
        <translation>{0} households before, {1} after</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gridDesk/ui/messages.py" line="18"/>
        <source>出现了意外错误：{0}。您的数据没有丢失。请记下这句话并联系技术支持。</source>
        <translation>Something unexpected went wrong: {0}. No data was lost. Please note this message and contact support.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="80"/>
        <source>登记公示</source>
        <translation>Register public notice</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="81"/>
        <source>公示事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="81"/>
        <source>公示开始</source>
        <translation>Notice starts</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="82"/>
        <source>公示结束</source>
        <translation>Notice ends</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="82"/>
        <source>异议受理（地址、电话）</source>
        <translation>Objections to (address, phone)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="83"/>
        <source>公示的内容会贴在公示栏上：只写姓名和事项，不写身份证号。</source>
        <translation>The notice goes on the public board: write names and the matter only, never ID numbers.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="88"/>
        <source>请写明公示的事项。</source>
        <translation>Please state the matter being announced.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/approval_dialog.py" line="91"/>
        <source>公示结束日期应晚于开始日期。</source>
        <translation>The notice must end after it starts.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="195"/>
        <source>达成协议</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="195"/>
        <source>未达成协议</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="217"/>
        <source>纠纷主要事实</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="217"/>
        <source>争议事项</source>
        <translation>What is disputed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="218"/>
        <source>协议内容</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="218"/>
        <source>履行方式</source>
        <translation>How it is carried out</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="219"/>
        <source>履行期限</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="219"/>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="223"/>
        <source>引导去向</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="224"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="227"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="228"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="233"/>
        <source>调解结果</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>PartyAppraisalDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="77"/>
        <source>如：网格党支部党员大会</source>
        <translation>e.g. the grid party branch&apos;s members&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="78"/>
        <source>民主评议：{0}</source>
        <translation>Democratic appraisal: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="79"/>
        <source>评议日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="79"/>
        <source>评议结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="79"/>
        <source>评议人 / 会议</source>
        <translation>Appraised by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="80"/>
        <source>每名党员每年评议一次。</source>
        <translation>Each party member is appraised once a year.</translation>
    </message>
</context>
<context>
    <name>PartyContactDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="35"/>
        <source>入户走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="36"/>
        <source>集中交流</source>
        <translation>Group exchange</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="46"/>
        <source>如：了解生产生活情况，宣传惠民政策，收集意见建议</source>
        <translation>e.g. asked about work and living, explained policies, heard suggestions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="47"/>
        <source>登记联户：{0}</source>
        <translation>Record a contact: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="48"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="48"/>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="48"/>
        <source>联系户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_contact_dialog.py" line="49"/>
        <source>做了什么</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>PartyContactsTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="50"/>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="54"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="50"/>
        <source>所在支部 / 党小组</source>
        <translation>Branch / group</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="50"/>
        <source>联系户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="50"/>
        <source>超期未走访</source>
        <translation>Overdue visits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="51"/>
        <source>最近集中交流</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="51"/>
        <source>本年民主评议</source>
        <translation>Appraisal this year</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="51"/>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="78"/>
        <source>情况</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="62"/>
        <source>联系农户…</source>
        <translation>Link households…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="63"/>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="195"/>
        <source>取消联系</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="64"/>
        <source>登记走访 / 交流…</source>
        <translation>Record visit / exchange…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="65"/>
        <source>民主评议…</source>
        <translation>Appraisal…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="66"/>
        <source>联户规则…</source>
        <translation>Contact rules…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="77"/>
        <source>户号</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="77"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="77"/>
        <source>联系起始</source>
        <translation>Linked on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="77"/>
        <source>最近入户走访</source>
        <translation>Last home visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="92"/>
        <source>规则：每 {0} 天入户走访一次，每 {1} 个月集中交流一次，每 {2} 年民主评议一次。联户党员 {3} 名，其中落后 {4} 名。</source>
        <translation>Rules: a home visit every {0} days, a group exchange every {1} months, an appraisal every {2} years. {3} members contact households; {4} are behind.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="99"/>
        <source>{0} 户超过 {1} 天未走访</source>
        <translation>{0} households not visited for {1} days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="101"/>
        <source>上个周期未集中交流</source>
        <translation>No group exchange last period</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="103"/>
        <source>本月尚待集中交流</source>
        <translation>Group exchange still to hold this month</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="105"/>
        <source>上年未民主评议</source>
        <translation>No appraisal last year</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="107"/>
        <source>本年尚待民主评议</source>
        <translation>Appraisal still to hold this year</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="109"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="110"/>
        <source>已评议</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="110"/>
        <source>未评议</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="111"/>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="141"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="140"/>
        <source>未走访</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="141"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="195"/>
        <source>取消对 {0} 户的联系吗？</source>
        <translation>Unlink household {0}?</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_contacts_tab.py" line="197"/>
        <source>不能取消</source>
        <translation>Cannot unlink</translation>
    </message>
</context>
<context>
    <name>PartyLinkDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_link_dialog.py" line="33"/>
        <source>联系农户：{0}</source>
        <translation>Link households: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_link_dialog.py" line="34"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_link_dialog.py" line="34"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_link_dialog.py" line="35"/>
        <source>农户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_link_dialog.py" line="36"/>
        <source>每户只由一名党员联系；已由其他党员联系的户不能再选。联系后按规范每周走访一次。</source>
        <translation>A household has one contact party member; households another member contacts cannot be chosen. Once linked, the standard asks for a home visit a week.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_link_dialog.py" line="50"/>
        <source>（已由 {0} 联系）</source>
        <translation> (contacted by {0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_link_dialog.py" line="73"/>
        <source>新选 {0} 户</source>
        <translation>{0} households chosen</translation>
    </message>
</context>
<context>
    <name>PartyMemberDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="20"/>
        <source>（未编入）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="27"/>
        <source>如：江苏省苏州市（务工）</source>
        <translation>e.g. Suzhou, Jiangsu (working)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="29"/>
        <source>如：某镇人民政府农业农村办</source>
        <translation>e.g. the township&apos;s agriculture office</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="30"/>
        <source>预备党员</source>
        <translation>Probationary member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="31"/>
        <source>本人所在户为党员中心户</source>
        <translation>Their household is a party-member central household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="34"/>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="37"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="34"/>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="40"/>
        <source>所在支部 / 党小组</source>
        <translation>Branch / group</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="35"/>
        <source>修改党员</source>
        <translation>Edit party member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="37"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="37"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="38"/>
        <source>现所在地</source>
        <translation>Living now in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="39"/>
        <source>工作单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="41"/>
        <source>登记流动党员</source>
        <translation>Add a member living elsewhere</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_member_dialog.py" line="41"/>
        <source>登记双报到党员</source>
        <translation>Add an in-post member</translation>
    </message>
</context>
<context>
    <name>PartyMembersTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="25"/>
        <source>本村党员</source>
        <translation>Village member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="26"/>
        <source>流动党员</source>
        <translation>Living elsewhere</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="27"/>
        <source>双报到党员</source>
        <translation>In-post member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="42"/>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="54"/>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="125"/>
        <source>从花名册导入党员</source>
        <translation>Take in from the roster</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="55"/>
        <source>登记流动党员…</source>
        <translation>Add member living elsewhere…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="56"/>
        <source>登记双报到党员…</source>
        <translation>Add in-post member…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="57"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="66"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="66"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="66"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="66"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="67"/>
        <source>所在支部 / 党小组</source>
        <translation>Branch / group</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="67"/>
        <source>户号</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="67"/>
        <source>党员中心户</source>
        <translation>Central household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="68"/>
        <source>所在地 / 单位</source>
        <translation>Whereabouts / unit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="83"/>
        <source>全部支部和党小组</source>
        <translation>All branches and groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="95"/>
        <source>（预备）</source>
        <translation> (probationary)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="97"/>
        <source>（花名册上已不是党员）</source>
        <translation> (no longer a party member on the roster)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="100"/>
        <source>（未编入）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="101"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="107"/>
        <source>党员 {0} 名，其中党员中心户 {1} 户</source>
        <translation>{0} party members; {1} central households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="122"/>
        <source>不能导入</source>
        <translation>Cannot take in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_members_tab.py" line="126"/>
        <source>新增党员 {0} 名（政治面貌为中共党员、中共预备党员的在册人口）。</source>
        <translation>{0} party members added (residents whose political status is party member or probationary member).</translation>
    </message>
</context>
<context>
    <name>PartyOrgDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="34"/>
        <source>按规范命名</source>
        <translation>Standard name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="49"/>
        <source>（暂未确定）</source>
        <translation>(not yet chosen)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="57"/>
        <source>如：某镇党委〔2022〕21号</source>
        <translation>e.g. Town Party Committee [2022] No. 21</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="59"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="61"/>
        <source>覆盖的网格</source>
        <translation>Grid covered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="61"/>
        <source>覆盖的微网格</source>
        <translation>Micro-grid covered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="62"/>
        <source>书记</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="62"/>
        <source>党小组长</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="63"/>
        <source>成立日期</source>
        <translation>Set up on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="63"/>
        <source>批复文号</source>
        <translation>Approval no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="64"/>
        <source>批复文件</source>
        <translation>Approval document</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="65"/>
        <source>村党组织</source>
        <translation>village party organisation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="65"/>
        <source>网格党支部</source>
        <translation>grid party branch</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="66"/>
        <source>微网格党小组</source>
        <translation>micro-grid party group</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="67"/>
        <source>村党总支（党委）是全村党组织的上级，网格党支部设在它之下。</source>
        <translation>The village party organisation is above every party body of the village; the grid branches sit under it.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="68"/>
        <source>网格党支部建在网格上，名称如“XX村XX网格党支部”；书记一般由村党组织委员担任。</source>
        <translation>A grid party branch covers a grid and is named like “XX村XX网格党支部”; its secretary is usually on the village party committee.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="69"/>
        <source>微网格党小组建在微网格上，属于所在网格的党支部，名称如“XX微网格党小组”；组长从村干部、村民小组长、党员中心户中产生。</source>
        <translation>A party group covers a micro-grid, belongs to its grid&apos;s branch and is named like “XX微网格党小组”; its leader comes from the village cadres, villager-group heads or central households.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="71"/>
        <source>修改{0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="71"/>
        <source>新建{0}</source>
        <translation>New {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_org_dialog.py" line="99"/>
        <source>名称不符合规范的写法（{0}），仍可保存。</source>
        <translation>The name does not follow the standard&apos;s form ({0}); it can still be saved.</translation>
    </message>
</context>
<context>
    <name>PartyOrgsTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="39"/>
        <source>登记村党组织…</source>
        <translation>Village organisation…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="40"/>
        <source>新建网格党支部…</source>
        <translation>New grid branch…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="41"/>
        <source>新建微网格党小组…</source>
        <translation>New micro-grid group…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="42"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="43"/>
        <source>打印组织架构图…</source>
        <translation>Print the chart…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="51"/>
        <source>党组织</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="51"/>
        <source>覆盖网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="51"/>
        <source>书记 / 组长</source>
        <translation>Secretary / leader</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="51"/>
        <source>党员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="52"/>
        <source>成立日期</source>
        <translation>Set up on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="52"/>
        <source>批复文号</source>
        <translation>Approval no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="52"/>
        <source>批复文件</source>
        <translation>Approval document</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="65"/>
        <source>（未定）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="67"/>
        <source>{0} 个</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="77"/>
        <source>网格党支部 {0} 个，微网格党小组 {1} 个</source>
        <translation>{0} grid branches, {1} micro-grid groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="78"/>
        <source>还没有登记党组织：先登记村党组织，再在各网格建立党支部。</source>
        <translation>No party organisation yet: record the village&apos;s first, then a branch on each grid.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="99"/>
        <source>没有可建党小组的微网格：先在“网格与人口”里给有党支部的网格划分微网格。</source>
        <translation>No micro-grid to set up a group for: first divide a grid that has a party branch into micro-grids under “Grids and people”.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="150"/>
        <source>不能打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_orgs_tab.py" line="152"/>
        <source>党组织架构图</source>
        <translation>Party organisation chart</translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/party_page.py" line="25"/>
        <source>组织</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_page.py" line="27"/>
        <source>党员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_page.py" line="29"/>
        <source>联户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_page.py" line="31"/>
        <source>服务站</source>
        <translation>Service stations</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_page.py" line="46"/>
        <source>党建引领</source>
        <translation>Party building</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/party_page.py" line="46"/>
        <source>规范要求把党组织建在网格上：村党组织下设网格党支部、微网格党小组；党员联系农户，每周走访一次、每月交流一次、每年评议一次；党群服务站就近服务群众。</source>
        <translation>The standard sets the party organisation on the grid: under the village party organisation, grid party branches and micro-grid party groups; party members contact households, with a home visit every week, a group exchange every month and an appraisal every year; service stations serve residents close to home.</translation>
    </message>
</context>
<context>
    <name>PartyRulesDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_rules_dialog.py" line="24"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_rules_dialog.py" line="25"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_rules_dialog.py" line="26"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_rules_dialog.py" line="27"/>
        <source>联户规则</source>
        <translation>Contact rules</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_rules_dialog.py" line="28"/>
        <source>入户走访，每</source>
        <translation>Home visit every</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_rules_dialog.py" line="28"/>
        <source>集中交流，每</source>
        <translation>Group exchange every</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_rules_dialog.py" line="29"/>
        <source>民主评议，每</source>
        <translation>Appraisal every</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/party_rules_dialog.py" line="30"/>
        <source>规范 7.1.7：党员联系农户，每周入户走访一次、每月集中交流一次、每年民主评议一次。</source>
        <translation>Standard 7.1.7: party members visit the households they contact once a week, hold a group exchange once a month and are appraised once a year.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/password_dialog.py" line="18"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/password_dialog.py" line="19"/>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/password_dialog.py" line="19"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/password_dialog.py" line="20"/>
        <source>再输一遍</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/password_dialog.py" line="17"/>
        <source>这是您第一次登录，请把主任给您的初始密码改成只有您自己知道的密码。</source>
        <translation>This is your first login: change the first password the director gave you to one only you know.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/password_dialog.py" line="24"/>
        <source>两次输入的新密码不一样。</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/password_dialog.py" line="29"/>
        <source>当前密码不对。</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="46"/>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="47"/>
        <source>发现问题</source>
        <translation>Found a problem</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="53"/>
        <source>看到的情况，如：河堤东段有一处渗水，约半米宽</source>
        <translation>What was seen, e.g. a seep half a metre wide in the east embankment</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="57"/>
        <source>登记巡查</source>
        <translation>Record a patrol</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="58"/>
        <source>场所或风险点</source>
        <translation>Place or risk point</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="58"/>
        <source>巡查的网格员</source>
        <translation>Patrolled by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="58"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="59"/>
        <source>巡查情况</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="59"/>
        <source>问题类别</source>
        <translation>Problem class</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="59"/>
        <source>看到的情况</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="60"/>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="60"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_dialog.py" line="79"/>
        <source>（未持证）</source>
        <translation> (not certified)</translation>
    </message>
</context>
<context>
    <name>PatrolRulesDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="26"/>
        <source>巡查规则</source>
        <translation>Patrol rules</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="28"/>
        <source>平时每几天巡查一次（0 表示不单独安排）；季节里可以更勤。一处场所同时适用几条规则时，按最勤的一条。</source>
        <translation>How many days between patrols normally (0: no plan of its own); a season can make it more often. Where several rules apply to a place, the most frequent wins.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="33"/>
        <source>平时每几天</source>
        <translation>Every N days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="36"/>
        <source>保存平时频次</source>
        <translation>Save the frequencies</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="41"/>
        <source>季节（日期写 月-日；跨年的如 11-01 至 03-31）</source>
        <translation>Seasons (dates as month-day; across the new year e.g. 11-01 to 03-31)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="52"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="53"/>
        <source>开始</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="54"/>
        <source>结束</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="56"/>
        <source>季节里每几天</source>
        <translation>Every N days in season</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="59"/>
        <source>新增季节</source>
        <translation>New season</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="61"/>
        <source>保存季节</source>
        <translation>Save season</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="63"/>
        <source>删除季节</source>
        <translation>Delete season</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="81"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/patrol_rules_dialog.py" line="88"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PatrolWords</name>
    <message>
        <location filename="../../gridDesk/ui/patrol_words.py" line="14"/>
        <source>出租房屋</source>
        <translation>Rental housing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/patrol_words.py" line="16"/>
        <source>单位与场所</source>
        <translation>Organisations and venues</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/patrol_words.py" line="19"/>
        <source>风险点：{0}</source>
        <translation>Risk point: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/patrol_words.py" line="20"/>
        <source>隐患等级：{0}</source>
        <translation>Hazard level: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/patrol_words.py" line="25"/>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/patrol_words.py" line="26"/>
        <source>发现问题：{0}</source>
        <translation>Problem: {0}</translation>
    </message>
</context>
<context>
    <name>PatrolsPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="56"/>
        <source>巡查</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="57"/>
        <source>出租房屋、单位场所和风险点按规定的频次巡查；汛期、防火期、冬春等季节里更勤。过了应巡日期还没巡查的算漏巡，由责任人（没有指定时由本网格的网格员）补上。</source>
        <translation>Rentals, organisations and risk points are patrolled at the set frequency, more often in the flood, fire and heating seasons. A patrol not done by its due day is missed; the responsible member (else the grid&apos;s members) makes it up.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="63"/>
        <source>打印巡查日历…</source>
        <translation>Print patrol calendar…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="66"/>
        <source>巡查规则…</source>
        <translation>Patrol rules…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="69"/>
        <source>登记巡查…</source>
        <translation>Record a patrol…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="73"/>
        <source>巡查日历：</source>
        <translation>Patrol calendar:</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="83"/>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="95"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="83"/>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="95"/>
        <source>场所或风险点</source>
        <translation>Place or risk point</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="83"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="83"/>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="84"/>
        <source>上次巡查</source>
        <translation>Last patrol</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="84"/>
        <source>应巡日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="84"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="87"/>
        <source>登记这一处的巡查…</source>
        <translation>Record a patrol of this place…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="95"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="95"/>
        <source>网格员</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="96"/>
        <source>情况</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="96"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="98"/>
        <source>发现转为案件…</source>
        <translation>Make the finding a case…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="107"/>
        <source>应巡与漏巡</source>
        <translation>Due and missed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="108"/>
        <source>巡查记录</source>
        <translation>Patrol log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="125"/>
        <source>全部网格</source>
        <translation>All grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="132"/>
        <source>今天 {0}：漏巡 {1} 处，今天应巡 {2} 处。</source>
        <translation>Today {0}: {1} places missed, {2} due today.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="137"/>
        <source>漏巡 {0} 天</source>
        <translation>Missed {0} days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="137"/>
        <source>今天应巡</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="139"/>
        <source>每 {0} 天</source>
        <translation>Every {0} days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="140"/>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="146"/>
        <source>应巡与漏巡（{0}）</source>
        <translation>Due and missed ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="151"/>
        <source>案件 {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="194"/>
        <source>不能转为案件</source>
        <translation>Cannot make a case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="195"/>
        <source>请选一条“发现问题”且还没转为案件的巡查记录。</source>
        <translation>Pick a patrol that found a problem and is not a case yet.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="196"/>
        <source>这条巡查的发现已经是案件 {0}。</source>
        <translation>This patrol&apos;s finding is already case {0}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="204"/>
        <source>案件会带上这次巡查的网格、场所和看到的情况，从“问题上报”开始办理。</source>
        <translation>The case takes this patrol&apos;s grid, place and what was seen, and starts at reporting.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="224"/>
        <source>巡查日历 {0}</source>
        <translation>Patrol calendar {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="231"/>
        <source>没有记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/patrols_page.py" line="238"/>
        <source>没有生成</source>
        <translation>Not made</translation>
    </message>
</context>
<context>
    <name>PayCorrectionDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_correction_dialog.py" line="29"/>
        <source>如：漏计的案件编号、文件文号</source>
        <translation>e.g. a case number left out, a document number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_correction_dialog.py" line="32"/>
        <source>更正 {0} 的绩效台账</source>
        <translation>Correct the pay ledger of {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_correction_dialog.py" line="33"/>
        <source>队伍成员</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_correction_dialog.py" line="33"/>
        <source>金额（元，扣减写负数）</source>
        <translation>Amount (yuan; negative to deduct)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_correction_dialog.py" line="34"/>
        <source>更正依据</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_correction_dialog.py" line="34"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_correction_dialog.py" line="35"/>
        <source>台账已锁定，原有各行不变；更正作为单独一行记入台账和审计日志。</source>
        <translation>The ledger is locked and its lines stay as they are; the correction is a line of its own, on the ledger and the audit log.</translation>
    </message>
</context>
<context>
    <name>PayNotice</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/pay_notice.py" line="16"/>
        <source>查看绩效台账</source>
        <translation>Open the pay ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/pay_notice.py" line="22"/>
        <source>有 {0} 个以往月份的绩效台账还没有审核锁定。</source>
        <translation>{0} past months&apos; pay ledgers are not yet reviewed and locked.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/pay_notice.py" line="24"/>
        <source>上月有 {0} 名专职网格员的绩效合计低于当地最低工资标准。</source>
        <translation>Last month {0} full-time members were paid less than the local minimum wage.</translation>
    </message>
</context>
<context>
    <name>PayRulesDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_rules_dialog.py" line="33"/>
        <source>（示例）</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_rules_dialog.py" line="41"/>
        <source>标“示例”的是 GridDesk 给的示例数，请按本县（乡镇）的绩效办法改成本中心的数。专职网格员的待遇不低于当地最低工资标准（《办法》第十八条）：请录入当地标准。</source>
        <translation>Figures marked &quot;example&quot; are GridDesk&apos;s: set the centre&apos;s own from the county&apos;s (township&apos;s) pay rules. Full-time members are paid at least the local minimum wage (Measures Art. 18): enter it.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/pay_rules_dialog.py" line="46"/>
        <source>绩效规则</source>
        <translation>Pay rules</translation>
    </message>
</context>
<context>
    <name>PayTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="81"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="88"/>
        <source>编制台账</source>
        <translation>Draw up</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="89"/>
        <source>审核并锁定</source>
        <translation>Review and lock</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="90"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="91"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="92"/>
        <source>绩效规则…</source>
        <translation>Pay rules…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="108"/>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="136"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="108"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="108"/>
        <source>基础补贴</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="108"/>
        <source>以案定补</source>
        <translation>Per case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="109"/>
        <source>以奖代补</source>
        <translation>Grade award</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="109"/>
        <source>扣减</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="109"/>
        <source>更正</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="109"/>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="170"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="110"/>
        <source>最低工资标准</source>
        <translation>Minimum wage</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="112"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="112"/>
        <source>依据</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="112"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="112"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="112"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="121"/>
        <source>表彰与警示</source>
        <translation>Commendations and warnings</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="128"/>
        <source>登记表彰或警示…</source>
        <translation>Record a commendation or warning…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="129"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="136"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="136"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="136"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="136"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="137"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="137"/>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="166"/>
        <source>（低于）</source>
        <translation> (below)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="170"/>
        <source>{0} 人</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="189"/>
        <source>已锁定：{0} 于 {1} 审核锁定，台账已冻结，改动只能登记更正。</source>
        <translation>Locked: reviewed and locked by {0} on {1}; the ledger is frozen, changes are corrections.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="192"/>
        <source>草稿：{0} 于 {1} 编制，待主任审核锁定。</source>
        <translation>Draft: drawn up by {0} on {1}, awaiting the director&apos;s review and lock.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="194"/>
        <source>未编制：下面是按现行规则和记录试算的结果。</source>
        <translation>Not drawn up: below is what the current rules and records give.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="199"/>
        <source>当地最低工资标准还没有录入，专职网格员的待遇无法对照（《办法》第十八条）。</source>
        <translation>The local minimum wage is not entered, so full-time members&apos; pay cannot be checked against it (Measures Art. 18).</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="201"/>
        <source>{0} 名专职网格员本月合计低于当地最低工资标准 {1} 元：{2}。</source>
        <translation>{0} full-time members are paid below the local minimum wage of {1} yuan this month: {2}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="204"/>
        <source>绩效规则中仍有 {0} 项是 GridDesk 的示例数，请主任按本地办法修改。</source>
        <translation>{0} pay rules are still GridDesk&apos;s examples: the director should set the local figures.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="229"/>
        <source>全部成员</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="262"/>
        <source>正在{0}……</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="272"/>
        <source>编制 {0} 绩效台账</source>
        <translation>Draw up the pay ledger of {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="276"/>
        <source>锁定 {0} 绩效台账</source>
        <translation>Lock the pay ledger of {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="290"/>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="294"/>
        <source>导出绩效台账</source>
        <translation>Export the pay ledger</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="291"/>
        <source>{0}绩效补贴发放表.xlsx</source>
        <translation>Pay ledger {0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="291"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="299"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/pay_tab.py" line="299"/>
        <source>已导出 {0} 的绩效台账到 {1}。</source>
        <translation>Exported the pay ledger of {0} to {1}.</translation>
    </message>
</context>
<context>
    <name>PayWords</name>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="12"/>
        <source>表彰</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="13"/>
        <source>警示</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="14"/>
        <source>通报批评</source>
        <translation>Public criticism</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="15"/>
        <source>调整岗位</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="16"/>
        <source>解聘</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="17"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="18"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="19"/>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="20"/>
        <source>基础补贴</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="21"/>
        <source>以案定补</source>
        <translation>Per case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="22"/>
        <source>以奖代补</source>
        <translation>Grade award</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="23"/>
        <source>扣减</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="24"/>
        <source>更正</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="25"/>
        <source>一般事项</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="26"/>
        <source>需协调事项</source>
        <translation>Needs coordination</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="27"/>
        <source>紧急事项</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="28"/>
        <source>需审批事项</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="29"/>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="29"/>
        <source>称职</source>
        <translation>Competent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="30"/>
        <source>基本称职</source>
        <translation>Basically competent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="30"/>
        <source>不称职</source>
        <translation>Incompetent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="33"/>
        <source>基础补贴：网格长（元/月）</source>
        <translation>Base: grid leader (yuan/month)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="34"/>
        <source>基础补贴：专职网格员（元/月）</source>
        <translation>Base: full-time member (yuan/month)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="35"/>
        <source>基础补贴：兼职网格员（元/月）</source>
        <translation>Base: part-time member (yuan/month)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="36"/>
        <source>基础补贴：网格辅助员（元/月）</source>
        <translation>Base: grid assistant (yuan/month)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="37"/>
        <source>基础补贴：微格员（元/月）</source>
        <translation>Base: micro-grid member (yuan/month)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="38"/>
        <source>以案定补：一般事项按期办结（元/件）</source>
        <translation>Per case: ordinary, closed on time (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="39"/>
        <source>以案定补：需协调事项按期办结（元/件）</source>
        <translation>Per case: needs coordination, closed on time (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="40"/>
        <source>以案定补：紧急事项按期办结（元/件）</source>
        <translation>Per case: emergency, closed on time (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="41"/>
        <source>以案定补：需审批事项按期办结（元/件）</source>
        <translation>Per case: needs approval, closed on time (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="42"/>
        <source>超期办结：宽限期内按此比例发放（%）</source>
        <translation>Closed late within the grace: share paid (%)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="43"/>
        <source>超期宽限（工作日；超过则不发）</source>
        <translation>Grace for late closing (working days; after it nothing)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="44"/>
        <source>以奖代补：季度优秀（元）</source>
        <translation>Grade award: quarter excellent (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="45"/>
        <source>以奖代补：季度称职（元）</source>
        <translation>Grade award: quarter competent (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="46"/>
        <source>以奖代补：季度基本称职（元）</source>
        <translation>Grade award: quarter basically competent (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="47"/>
        <source>以奖代补：季度不称职（元）</source>
        <translation>Grade award: quarter incompetent (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="48"/>
        <source>季度等次在季度结束后第几个月发放</source>
        <translation>Grade paid in month n after the quarter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="49"/>
        <source>扣减：每次警示（元）</source>
        <translation>Deduction per warning (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="50"/>
        <source>扣减：每次通报批评（元）</source>
        <translation>Deduction per public criticism (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="51"/>
        <source>当地最低工资标准（元/月；0 为未录入）</source>
        <translation>Local minimum wage (yuan/month; 0: not entered)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="90"/>
        <source>在岗 {0}/{1} 天</source>
        <translation>In post {0}/{1} days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="92"/>
        <source>超期 {0} 个工作日</source>
        <translation>{0} working days late</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="92"/>
        <source>按期办结</source>
        <translation>Closed on time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pay_words.py" line="94"/>
        <source>应扣 {0} 元，本月补贴扣完为止</source>
        <translation>{0} yuan due; deducted only down to nothing this month</translation>
    </message>
</context>
<context>
    <name>PendingCounts</name>
    <message>
        <location filename="../../gridDesk/ui/township/pending_counts.py" line="21"/>
        <source>下一个回复包还会带上（已保存、尚未发出的）：</source>
        <translation>The next reply package will also carry (saved, not yet sent):</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pending_counts.py" line="26"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pending_counts.py" line="26"/>
        <source>复评</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pending_counts.py" line="26"/>
        <source>交办任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pending_counts.py" line="26"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pending_counts.py" line="26"/>
        <source>答复</source>
        <translation>Answers</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/people_page.py" line="41"/>
        <source>居民与户</source>
        <translation>Residents and households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/people_page.py" line="42"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/people_page.py" line="43"/>
        <source>网格队伍</source>
        <translation>Grid team</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/people_page.py" line="44"/>
        <source>出租房屋、场所与风险点</source>
        <translation>Rentals, places and risk points</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/people_page.py" line="46"/>
        <source>队伍配备</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/people_page.py" line="48"/>
        <source>微信群一户一代表</source>
        <translation>WeChat: one per household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/people_page.py" line="49"/>
        <source>志愿者与信息员</source>
        <translation>Volunteers and officers</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/people_picker.py" line="33"/>
        <source>输入姓名、拼音或身份证后几位查找；不在花名册上的，写好名字按回车</source>
        <translation>Type a name, pinyin or the last digits of an ID to search; for someone not on the roster, type the name and press Enter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/people_picker.py" line="44"/>
        <source>去掉最后一位</source>
        <translation>Remove the last one</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/people_picker.py" line="87"/>
        <source>当事人：（未填）</source>
        <translation>People involved: (none)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/people_picker.py" line="89"/>
        <source>{0}（不在花名册）</source>
        <translation>{0} (not on the roster)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/people_picker.py" line="90"/>
        <source>当事人：{0}</source>
        <translation>People involved: {0}</translation>
    </message>
</context>
<context>
    <name>PetitionCaseDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="193"/>
        <source>转为事件</source>
        <translation>Make a case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="193"/>
        <source>事件类别</source>
        <translation>Case category</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="193"/>
        <source>事件标题</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="194"/>
        <source>按信访的事实上报一件事件，信访和事件互相关联。</source>
        <translation>Reports a case with the petition&apos;s facts; the petition and the case are linked to each other.</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="30"/>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="31"/>
        <source>来信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="32"/>
        <source>来电</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="33"/>
        <source>网上信访</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="60"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="63"/>
        <source>不在花名册上的第一位信访人的身份证号（可不填）</source>
        <translation>ID number of the first petitioner not on the roster (optional)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="65"/>
        <source>不在花名册上的第一位信访人的电话（可不填）</source>
        <translation>Phone of the first petitioner not on the roster (optional)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="77"/>
        <source>不是重复信访</source>
        <translation>Not a repeat</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="78"/>
        <source>查找可能的重复信访</source>
        <translation>Find likely repeats</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="85"/>
        <source>修改信访登记</source>
        <translation>Change the petition</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="85"/>
        <source>登记信访</source>
        <translation>Register a petition</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="86"/>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="86"/>
        <source>信访形式</source>
        <translation>How it came</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="86"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="87"/>
        <source>信访人</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="87"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="87"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="88"/>
        <source>诉求类别</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="88"/>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="89"/>
        <source>主要诉求和事实</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="89"/>
        <source>具体要求</source>
        <translation>What is asked for</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="90"/>
        <source>被反映人或单位</source>
        <translation>Complained about</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="90"/>
        <source>重复信访</source>
        <translation>Repeat of</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="91"/>
        <source>信访人从花名册选，或写上姓名按回车。五人以上同来为集体访。</source>
        <translation>Pick petitioners from the roster, or type a name and press Enter. Five or more people together make a collective visit.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="140"/>
        <source>同一信访人</source>
        <translation>same petitioner</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="140"/>
        <source>同一事项</source>
        <translation>same matter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="147"/>
        <source>可能的重复：{0} 件</source>
        <translation>Likely repeats: {0}</translation>
    </message>
</context>
<context>
    <name>PetitionSettingsDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="33"/>
        <source>按工作日计算（不选：按自然日，最后一天是节假日的顺延到下一个工作日）</source>
        <translation>Count working days (unticked: calendar days, a last day that is a holiday moving to the next working day)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="35"/>
        <source>办理期限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="37"/>
        <source>决定是否受理（日）</source>
        <translation>Days to decide on acceptance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="38"/>
        <source>受理后答复（日）</source>
        <translation>Days to answer after acceptance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="40"/>
        <source>集体访起算人数</source>
        <translation>People that make a collective visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="42"/>
        <source>类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="46"/>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="55"/>
        <source>问题类别</source>
        <translation>Matter categories</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="46"/>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="56"/>
        <source>诉求类别</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="59"/>
        <source>新类别的名称</source>
        <translation>Name of the new category</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="60"/>
        <source>保密（只有中心能看，网格员看不到）</source>
        <translation>Confidential (the centre sees it, grid members do not)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="61"/>
        <source>添加类别</source>
        <translation>Add the category</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="71"/>
        <source>信访设置</source>
        <translation>Petition settings</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="72"/>
        <source>期限按《信访工作条例》：收到后 15 日内决定是否受理，受理后 60 日内答复。已登记的信访保留登记时的期限。</source>
        <translation>The limits follow the Regulations on Letters and Visits: decide within 15 days of receiving whether to accept, answer within 60 days of accepting. Petitions already registered keep the limits they were given.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_settings_dialog.py" line="82"/>
        <source>（保密）</source>
        <translation> (confidential)</translation>
    </message>
</context>
<context>
    <name>PetitionStepDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/petition_dialog.py" line="168"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>PetitionsTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="60"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="64"/>
        <source>全部形式</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="68"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="306"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="72"/>
        <source>编号、姓名、内容</source>
        <translation>Number, name, text</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="74"/>
        <source>只看超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="78"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="110"/>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="86"/>
        <source>登记信访…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="87"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="88"/>
        <source>受理…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="89"/>
        <source>不予受理…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="90"/>
        <source>转入办理</source>
        <translation>Start work</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="91"/>
        <source>答复…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="92"/>
        <source>办结…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="93"/>
        <source>转为事件…</source>
        <translation>Make a case…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="94"/>
        <source>关联事件…</source>
        <translation>Link a case…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="95"/>
        <source>查看完整号码…</source>
        <translation>Show full numbers…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="96"/>
        <source>打印登记台账…</source>
        <translation>Print register…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="97"/>
        <source>信访设置…</source>
        <translation>Petition settings…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="110"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="110"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="110"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="110"/>
        <source>信访人</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="111"/>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="111"/>
        <source>诉求类别</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="111"/>
        <source>主要诉求</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="111"/>
        <source>重复信访</source>
        <translation>Repeat of</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="111"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="112"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="112"/>
        <source>事件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="131"/>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="131"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="247"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="132"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="247"/>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="132"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="133"/>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="133"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="248"/>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="145"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="245"/>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="155"/>
        <source>超期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="156"/>
        <source>{0} 前</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="198"/>
        <source>被反映人或单位：{0}</source>
        <translation>Complained about: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="198"/>
        <source>具体要求：{0}</source>
        <translation>Asked for: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="200"/>
        <source>答复意见（{0}）：{1}</source>
        <translation>Answer ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="202"/>
        <source>不予受理理由：{0}</source>
        <translation>Why not accepted: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="204"/>
        <source>信访人：{0}</source>
        <translation>Petitioners: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="247"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="248"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="248"/>
        <source>答复意见</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="269"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="275"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="279"/>
        <source>关联事件</source>
        <translation>Link a case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="269"/>
        <source>事件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="275"/>
        <source>找不到编号为 {0} 的事件。</source>
        <translation>There is no case numbered {0}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="285"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="291"/>
        <source>查看完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="285"/>
        <source>查看信访人的完整身份证号和电话会记入审计日志。</source>
        <translation>Seeing the petitioners&apos; full ID numbers and phones goes on the audit log.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="314"/>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="325"/>
        <source>打印信访登记台账</source>
        <translation>Print the petition register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="314"/>
        <source>月份（YYYY-MM）</source>
        <translation>Month (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/petitions_tab.py" line="318"/>
        <source>保存信访登记台账</source>
        <translation>Save the petition register</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/photo_dialog.py" line="23"/>
        <source>这张照片无法显示（文件可能已损坏）。可以另存出来，用别的软件打开。</source>
        <translation>This photo cannot be shown (the file may be damaged). Save it out and open it with another program.</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../gridDesk/ui/photos.py" line="28"/>
        <source>无法读取这张图片，请选择 JPG 或 PNG 照片。</source>
        <translation>This picture cannot be read; choose a JPG or PNG photo.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/photos.py" line="31"/>
        <source>照片太小（至少 90×120 像素），印在公示牌上会模糊。</source>
        <translation>The photo is too small (at least 90×120 pixels); it would be blurred on the sign.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/place_dialog.py" line="34"/>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/place_dialog.py" line="50"/>
        <source>编辑场所</source>
        <translation>Edit place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/place_dialog.py" line="50"/>
        <source>新增场所</source>
        <translation>New place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/place_dialog.py" line="51"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/place_dialog.py" line="51"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/place_dialog.py" line="51"/>
        <source>地址或位置</source>
        <translation>Address or location</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/place_dialog.py" line="52"/>
        <source>所属网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/place_dialog.py" line="52"/>
        <source>责任网格员</source>
        <translation>Responsible member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/place_dialog.py" line="53"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="24"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="29"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="29"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="29"/>
        <source>地址或位置</source>
        <translation>Address or location</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="29"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="30"/>
        <source>责任网格员</source>
        <translation>Responsible member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="30"/>
        <source>隐患/风险等级</source>
        <translation>Hazard / risk level</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="36"/>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="37"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/places_tab.py" line="68"/>
        <source>请先选中一项。</source>
        <translation>First select an entry.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="42"/>
        <source>打印预览：{0}</source>
        <translation>Print preview: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="60"/>
        <source>‹ 上一页</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="63"/>
        <source>下一页 ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="65"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="67"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="69"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="72"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="74"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="131"/>
        <source>显示预览</source>
        <translation>showing the preview</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="132"/>
        <source>第 {0} 页 共 {1} 页</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="147"/>
        <source>没有打印</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="147"/>
        <source>打印机没有准备好。请检查打印机是否开机、连接，再试一次。</source>
        <translation>The printer is not ready. Check that it is switched on and connected, then try again.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="165"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="176"/>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="177"/>
        <source>没能保存到 {0}（{1}）。请换一个文件夹，或检查 U 盘是否已满、是否还插着。</source>
        <translation>Could not save to {0} ({1}). Choose another folder, or check that the USB stick is not full and still plugged in.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="180"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/print_preview.py" line="180"/>
        <source>已保存为 PDF：
{0}</source>
        <translation>Saved as PDF:
{0}</translation>
    </message>
</context>
<context>
    <name>PrintSettingsPanel</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="26"/>
        <source>如：0351-7654321</source>
        <translation>e.g. 0351-7654321</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="28"/>
        <source>如：12345</source>
        <translation>e.g. 12345</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="29"/>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="58"/>
        <source>自动（使用系统的中文字体）</source>
        <translation>Automatic (the system&apos;s Chinese font)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="32"/>
        <source>选择字体文件…</source>
        <translation>Choose font file…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="34"/>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="40"/>
        <source>保存打印设置</source>
        <translation>Save print settings</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="43"/>
        <source>村综治中心电话</source>
        <translation>Centre phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="44"/>
        <source>监督电话</source>
        <translation>Supervision phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="45"/>
        <source>打印字体</source>
        <translation>Print font</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="51"/>
        <source>选择中文字体文件</source>
        <translation>Choose a Chinese font file</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="52"/>
        <source>TrueType 字体 (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/print_settings_panel.py" line="67"/>
        <source>已保存。公示牌和联系卡下次打印时使用。</source>
        <translation>Saved. Signs and cards use it from the next print.</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="48"/>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="49"/>
        <source>公示牌、联系卡和台账都先预览，再打印或存为 PDF。公示牌上从不印身份证号；网格有变动（人员、电话）而公示牌还没重印的，下表标为“需重印”。</source>
        <translation>Signs, contact cards and ledgers open in a preview first, then print or save as PDF. A sign never shows an ID number; a grid that changed (people, phones) since its sign was printed is marked “reprint”.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="52"/>
        <source>网格公示牌</source>
        <translation>Grid announcement signs</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="55"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="55"/>
        <source>上次打印</source>
        <translation>Last printed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="55"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="66"/>
        <source>{0} 横向</source>
        <translation>{0} landscape</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="67"/>
        <source>预览所选网格的公示牌…</source>
        <translation>Preview the selected grid&apos;s sign…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="69"/>
        <source>预览全部网格的公示牌…</source>
        <translation>Preview every grid&apos;s sign…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="71"/>
        <source>预览所选网格的联系卡…</source>
        <translation>Preview the selected grid&apos;s contact cards…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="76"/>
        <source>未持证人员也印上（主任准许的例外）</source>
        <translation>Print uncertified members too (an exception the director allows)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="78"/>
        <source>理由（记入审计日志，列在工作台的“持证上岗例外”里）</source>
        <translation>Reason (goes on the audit log and under &quot;Certification exceptions&quot; on the dashboard)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="87"/>
        <source>台账</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="90"/>
        <source>居民花名册（所选网格）</source>
        <translation>Resident roster (selected grid)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="90"/>
        <source>重点人群登记表（全部）</source>
        <translation>Key-group register (all)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="91"/>
        <source>网格队伍花名册</source>
        <translation>Grid team list</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="91"/>
        <source>本周走访周报</source>
        <translation>This week&apos;s visit report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="92"/>
        <source>本年培训台账</source>
        <translation>This year&apos;s training register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="95"/>
        <source>{0}登记表</source>
        <translation>{0} register</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="96"/>
        <source>印完整身份证号和电话</source>
        <translation>Print full ID numbers and phones</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="98"/>
        <source>原因（记入审计日志）</source>
        <translation>Reason (goes on the audit log)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="104"/>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="116"/>
        <source>最新</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="117"/>
        <source>需重印：{0}</source>
        <translation>Reprint: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="117"/>
        <source>还没有打印过</source>
        <translation>Never printed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="119"/>
        <source>；未持证，不上牌：{0}</source>
        <translation>; uncertified, left off the sign: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="121"/>
        <source>；未持证，经主任准许印上：{0}</source>
        <translation>; uncertified, printed by the director&apos;s exception: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="145"/>
        <source>没有生成</source>
        <translation>Not made</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="147"/>
        <source>生成 {0}</source>
        <translation>making {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="158"/>
        <source>没有记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="168"/>
        <source>全部网格公示牌</source>
        <translation>All grid signs</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="168"/>
        <source>公示牌 {0}</source>
        <translation>Sign {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="179"/>
        <source>联系卡 {0}</source>
        <translation>Contact cards {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="187"/>
        <source>请写明原因</source>
        <translation>State the reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/printing_page.py" line="187"/>
        <source>印完整身份证号和电话，需要写明原因。</source>
        <translation>Printing full ID numbers and phones needs a stated reason.</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="35"/>
        <source>上报件</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="35"/>
        <source>各村上报乡镇的事件，按答复期限排列，已超期的在最前。期限按工作日计（法定节假日和调休同村里的办理时限）。</source>
        <translation>Cases the villages passed to the township, by answer deadline, overdue ones first. Deadlines count working days (public holidays and swapped weekends as the villages&apos; case clocks).</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="40"/>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="42"/>
        <source>待答复</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="43"/>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="44"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="50"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="55"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="56"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="56"/>
        <source>次</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="114"/>
        <source>超期 {0} 个工作日</source>
        <translation>{0} working days overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="55"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="56"/>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="55"/>
        <source>答复期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="55"/>
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="55"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="104"/>
        <source>待答复 {0} 件，其中已超期 {1} 件</source>
        <translation>{0} waiting, {1} of them overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="154"/>
        <source>选中左边的一件，看它的情况并答复。</source>
        <translation>Select one on the left to read it and answer.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="163"/>
        <source>{0}（{1}） 案件 {2} 第 {3} 次上报</source>
        <translation>{0} ({1}), case {2}, escalation #{3}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="165"/>
        <source>收到 {0}，答复期限 {1}，{2}</source>
        <translation>Received {0}, due {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="175"/>
        <source>这件的详细情况不在乡镇库里（只有队列信息）。</source>
        <translation>This case&apos;s details are not in the township&apos;s database (only its place in the queue).</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="177"/>
        <source>乡镇的答复</source>
        <translation>The township&apos;s answers</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="179"/>
        <source>已发出</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="179"/>
        <source>待写入回复包</source>
        <translation>waiting for the next reply package</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/queue_page.py" line="180"/>
        <source>附件：{0}</source>
        <translation>Attachments: {0}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reason_dialog.py" line="13"/>
        <source>例如：核对低保申请材料</source>
        <translation>e.g. checking a subsistence application</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reason_dialog.py" line="14"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reason_dialog.py" line="19"/>
        <source>请写明理由（至少两个字）。</source>
        <translation>Please state a reason (at least two characters).</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="24"/>
        <source>用恢复密钥重设主任密码</source>
        <translation>Reset the director&apos;s password with the recovery key</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="27"/>
        <source>请输入建立中心时打印的恢复密钥（分组之间的短横线可省略），并为主任账号设置新密码。此操作会记入审计日志。</source>
        <translation>Enter the recovery key printed when the centre was set up (the dashes between groups may be left out) and set a new password for the director&apos;s account. This is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="25"/>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="25"/>
        <source>主任登录名</source>
        <translation>Director&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="26"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="26"/>
        <source>再输一遍</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="33"/>
        <source>两次输入的新密码不一样。</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="40"/>
        <source>恢复密钥第 {0} 组有误，请核对这一组。</source>
        <translation>Group {0} of the recovery key is wrong; check that group.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="42"/>
        <source>恢复密钥的长度或字符不对，请逐组核对。</source>
        <translation>The recovery key&apos;s length or characters are wrong; check it group by group.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="45"/>
        <source>恢复密钥不对。</source>
        <translation>That recovery key is wrong.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="48"/>
        <source>密码已重设</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/recovery_dialog.py" line="49"/>
        <source>密码已重设。主任账号 {0} 从现在起用新密码登录。

这次使用恢复密钥已记入审计日志。恢复密钥仍然有效，请放回保险柜。</source>
        <translation>The password has been reset. The director account {0} signs in with the new password from now on.

This use of the recovery key is in the audit log. The recovery key still works: put it back in the safe.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="104"/>
        <source>恢复密钥：只显示这一次</source>
        <translation>Recovery key: shown this once only</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="105"/>
        <source>忘记主任密码时，只有这把恢复密钥能打开数据。请打印或抄写下来，放进中心的保险柜，不要拍照，不要存在这台电脑上。</source>
        <translation>If the director&apos;s password is forgotten, only this recovery key opens the data. Print or copy it by hand and put it in the centre&apos;s safe; do not photograph it or keep it on this PC.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="111"/>
        <source>打印恢复密钥单…</source>
        <translation>Print the recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="114"/>
        <source>保存恢复密钥单（PDF）以便打印…</source>
        <translation>Save the recovery key sheet (PDF) to print…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="120"/>
        <source>我已打印或抄写恢复密钥，并放进了保险柜</source>
        <translation>I have printed or copied the recovery key and put it in the safe</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="159"/>
        <source>没能生成恢复密钥单：{0}</source>
        <translation>Could not make the recovery sheet: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="164"/>
        <source>恢复密钥单</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="167"/>
        <source>保存恢复密钥单</source>
        <translation>Save the recovery key sheet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="177"/>
        <source>没能保存：{0}</source>
        <translation>Could not save: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="179"/>
        <source>已保存到 {0}。打印后请删除这个文件。</source>
        <translation>Saved to {0}. Delete the file once printed.</translation>
    </message>
</context>
<context>
    <name>ReplyImporter</name>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="78"/>
        <source>选择 U 盘上的乡镇回复包（HF-… 文件夹）</source>
        <translation>Choose the township&apos;s reply package on the stick (the HF-… folder)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="91"/>
        <source>正在导入乡镇回复包：{0} / {1} 项</source>
        <translation>Importing the township&apos;s reply: {0} of {1} items</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="102"/>
        <source>没有导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="104"/>
        <source>导入乡镇回复包</source>
        <translation>Import the township&apos;s reply</translation>
    </message>
</context>
<context>
    <name>ReplyPage</name>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="29"/>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="41"/>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="87"/>
        <source>写回复包</source>
        <translation>Write reply packages</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="29"/>
        <source>把回执（收到了哪些批次、哪些没通过检测）和已保存的答复，用乡镇的签名写到 U 盘上，带回村里导入。</source>
        <translation>Writes the receipts (which batches arrived, which failed the check) and the saved answers onto the stick, signed by the township, for the villages to import.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="34"/>
        <source>给</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="38"/>
        <source>写到 U 盘上的这个文件夹</source>
        <translation>Write into this folder on the stick</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="39"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="55"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="55"/>
        <source>回复包</source>
        <translation>Reply package</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="55"/>
        <source>回执</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="55"/>
        <source>答复</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="55"/>
        <source>复评</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="56"/>
        <source>写到</source>
        <translation>Written to</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="56"/>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="56"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="67"/>
        <source>每个村（各一个回复包）</source>
        <translation>Every village (one reply package each)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="74"/>
        <source>选择 U 盘上的文件夹</source>
        <translation>Choose the folder on the USB stick</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="82"/>
        <source>请先选择 U 盘上的文件夹。</source>
        <translation>Please choose the folder on the USB stick first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="97"/>
        <source>写了 {0} 个回复包。</source>
        <translation>{0} reply packages written.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="98"/>
        <source>没有要发的：所有收到的批次都已回执，答复也都已发出。</source>
        <translation>Nothing to send: every batch received has its receipt and every answer has gone out.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reply_page.py" line="102"/>
        <source>没有要发的</source>
        <translation>Nothing to send</translation>
    </message>
</context>
<context>
    <name>ReplyResultDialog</name>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="26"/>
        <source>乡镇回复包 {0}</source>
        <translation>Township reply {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="29"/>
        <source>已应用</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="29"/>
        <source>此前已应用</source>
        <translation>Applied before</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="29"/>
        <source>保留，未应用</source>
        <translation>Kept, not applied</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="31"/>
        <source>这个回复包以前导入过，这次没有作任何改动。</source>
        <translation>This reply package was imported before; nothing was changed this time.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="33"/>
        <source>{0}的回复包已导入：已应用 {1} 项，此前已应用 {2} 项，保留未应用 {3} 项。</source>
        <translation>The reply from {0} was imported: {1} items applied, {2} applied before, {3} kept and not applied.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="39"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="39"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="39"/>
        <source>原因或说明</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/reply_import.py" line="59"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="123"/>
        <source>登记报送的信息</source>
        <translation>Record information passed on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="123"/>
        <source>报送人</source>
        <translation>Passed on by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="123"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="124"/>
        <source>涉及网格</source>
        <translation>Grid concerned</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="124"/>
        <source>内容*</source>
        <translation>What*</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="35"/>
        <source>在办事件中快到期（截至期末）</source>
        <translation>Open cases close to their time limit (at the period&apos;s end)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="36"/>
        <source>重点人群（人次）</source>
        <translation>Key groups (people tagged)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="37"/>
        <source>在岗网格队伍（期末）</source>
        <translation>Grid team in post (at the period&apos;s end)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="38"/>
        <source>本期新任</source>
        <translation>Appointed in the period</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="39"/>
        <source>本期离岗</source>
        <translation>Left in the period</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="40"/>
        <source>已取得上岗资格 / 在岗</source>
        <translation>Certified / in post</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="41"/>
        <source>受理信访（件）</source>
        <translation>Petitions received</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="42"/>
        <source>信访人次</source>
        <translation>Petitioners (people)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="43"/>
        <source>集体访（件）</source>
        <translation>Collective visits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="44"/>
        <source>重复信访 / 受理信访</source>
        <translation>Repeat petitions / received</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="45"/>
        <source>按期答复 / 受理信访</source>
        <translation>Answered in time / received</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="46"/>
        <source>超期未答复（截至期末）</source>
        <translation>Overdue, not answered (at the period&apos;s end)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="47"/>
        <source>排查数</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="48"/>
        <source>排查数·重大</source>
        <translation>Found, major</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="49"/>
        <source>调处数</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="50"/>
        <source>调处数·重大</source>
        <translation>Handled, major</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="51"/>
        <source>调处成功数</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="52"/>
        <source>调处成功数·重大</source>
        <translation>Resolved, major</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="55"/>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="56"/>
        <source>中等</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="57"/>
        <source>严重</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="59"/>
        <source>来信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="59"/>
        <source>来电</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="60"/>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="60"/>
        <source>网上信访</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="63"/>
        <source>一、事件办理</source>
        <translation>1. Cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="64"/>
        <source>二、走访覆盖</source>
        <translation>2. Visit coverage</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="65"/>
        <source>三、场所和风险点巡查</source>
        <translation>3. Patrols of places and risk points</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="66"/>
        <source>四、重点人群</source>
        <translation>4. Key groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="67"/>
        <source>五、网格队伍和培训</source>
        <translation>5. Grid team and training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="68"/>
        <source>六、季度考核评议结果</source>
        <translation>6. Quarterly review results</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="69"/>
        <source>七、信访</source>
        <translation>7. Petitions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="70"/>
        <location filename="../../gridDesk/ui/report_words.py" line="71"/>
        <source>年度累计</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="72"/>
        <source>小计</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="79"/>
        <source>{0}年第{1}季度</source>
        <translation>Q{1} {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="93"/>
        <source>{0}人以上</source>
        <translation>{0} or more</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="95"/>
        <source>{0}-{1}人</source>
        <translation>{0}-{1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="96"/>
        <source>{0}人</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="102"/>
        <source>年度累计：{0}</source>
        <translation>Year to date: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="107"/>
        <source>类别：{0}</source>
        <translation>Category: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="109"/>
        <source>本期受理的现处环节：{0}</source>
        <translation>Reported in the period, now at: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="111"/>
        <source>事项类型：{0}</source>
        <translation>Work kind: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="113"/>
        <source>来源：{0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="115"/>
        <source>结案方式：{0}</source>
        <translation>Closed as: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="117"/>
        <source>按时办结率：{0}</source>
        <translation>Closed in time: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="119"/>
        <source>人群：{0}</source>
        <translation>Group: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="121"/>
        <source>关注程度：{0}</source>
        <translation>Attention: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="123"/>
        <source>岗位：{0}</source>
        <translation>Post: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="125"/>
        <source>形式：{0}</source>
        <translation>Form: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="127"/>
        <source>涉及人数 {0}</source>
        <translation>People involved {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="131"/>
        <source>{0}村级初评 人数</source>
        <translation>{0}: reviewed by the village (people)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="133"/>
        <source>{0}乡镇复评完成 / 初评</source>
        <translation>{0}: township second review done / first</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/report_words.py" line="135"/>
        <source>{0}等次：{1}</source>
        <translation>{0}: grade {1}</translation>
    </message>
</context>
<context>
    <name>ReporterCombo</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/reporter_combo.py" line="26"/>
        <source>从网格队伍中选择；群众反映的，写上群众姓名</source>
        <translation>Pick from the grid team; for a resident, type their name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/reporter_combo.py" line="37"/>
        <source>{0}（未持证，不能以网格员身份上报）</source>
        <translation>{0} (not certified: may not report as a grid member)</translation>
    </message>
</context>
<context>
    <name>ReportsCalendarTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="43"/>
        <source>报送日历</source>
        <translation>Reporting calendar</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="46"/>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="77"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="46"/>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="79"/>
        <source>报告期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="46"/>
        <source>应报日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="47"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="47"/>
        <source>归档</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="60"/>
        <source>生成报表</source>
        <translation>Make a report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="68"/>
        <source>如 2026-11、2026Q3、2026H1、2026</source>
        <translation>e.g. 2026-11, 2026Q3, 2026H1, 2026</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="69"/>
        <source>预览数据</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="70"/>
        <source>生成并归档</source>
        <translation>Make and file</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="71"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="72"/>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="90"/>
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="90"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="90"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="90"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="106"/>
        <source>月报</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="106"/>
        <source>季报</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="106"/>
        <source>半年报</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="107"/>
        <source>年报</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="112"/>
        <source>已归档（第 {0} 版）</source>
        <translation>Filed (version {0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="114"/>
        <source>逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="115"/>
        <source>待报送</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="141"/>
        <source>逾期未报 {0} 份，待报送 {1} 份</source>
        <translation>{0} overdue, {1} due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="191"/>
        <source>统计报表数据</source>
        <translation>Counting the report&apos;s figures</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="210"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="210"/>
        <source>数据已统计</source>
        <translation>figures counted</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="217"/>
        <source>已归档 {0}（第 {1} 版），随下一批档案上报。</source>
        <translation>Filed {0} (version {1}); it goes with the next archive batch.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="221"/>
        <source>生成并归档报表</source>
        <translation>Making and filing the report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="226"/>
        <source>保存报表</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="227"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="231"/>
        <source>打印报表</source>
        <translation>Printing the report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="232"/>
        <source>已生成 {0} 页：{1}</source>
        <translation>Made {0} pages: {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="237"/>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="242"/>
        <source>导出报表</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="238"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_calendar_tab.py" line="243"/>
        <source>已导出 {0} 项数据：{1}</source>
        <translation>Exported {0} figures: {1}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_page.py" line="24"/>
        <source>矛盾纠纷排查调处情况统计表</source>
        <translation>Dispute screening and mediation report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_page.py" line="33"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_page.py" line="33"/>
        <source>按报送日历向乡镇报送的月报、季报、半年报和年报：数据从系统里已有的记录统计，不用重新填。归档后报表的 PDF 和数据固定下来，随下一批档案上报；数据变了可以重新归档，旧版本保留。</source>
        <translation>The monthly, quarterly, half-year and yearly reports to the township, due by the reporting calendar: the figures are counted from the records already here, nothing is typed again. A filed report&apos;s PDF and figures are frozen and go with the next archive batch; if the figures change it can be filed again, and the old version is kept.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/reports_page.py" line="22"/>
        <source>报送日历</source>
        <translation>Reporting calendar</translation>
    </message>
</context>
<context>
    <name>ResidentDetail</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="26"/>
        <source>在左侧表格中选一个人，这里显示详细信息。</source>
        <translation>Choose a person in the table on the left to see their details here.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="32"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="32"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="32"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="33"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="33"/>
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="33"/>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="34"/>
        <source>文化程度</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="34"/>
        <source>婚姻状况</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="35"/>
        <source>户籍地址</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="35"/>
        <source>现居住地址</source>
        <translation>Present address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="36"/>
        <source>人户状态</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="38"/>
        <source>外出</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="39"/>
        <source>工作单位或学校</source>
        <translation>Employer or school</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="39"/>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="39"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="41"/>
        <source>曾用名</source>
        <translation>Former name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="41"/>
        <source>与户主关系备注</source>
        <translation>Note on the relation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="41"/>
        <source>户籍地</source>
        <translation>Place of registration</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="42"/>
        <source>户籍派出所</source>
        <translation>Registering police station</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="42"/>
        <source>户口类别</source>
        <translation>Kind of household registration</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="42"/>
        <source>临时居所</source>
        <translation>Temporary residence</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="43"/>
        <source>其他地址</source>
        <translation>Other address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="43"/>
        <source>外出详址</source>
        <translation>Address while away</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="43"/>
        <source>备用电话</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="44"/>
        <source>住宅电话</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="44"/>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="44"/>
        <source>宗教信仰</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="45"/>
        <source>血型</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="45"/>
        <source>身高（厘米）</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="45"/>
        <source>家庭称号</source>
        <translation>Family title</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="50"/>
        <source>重点人群</source>
        <translation>Key groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="53"/>
        <source>（已解除）</source>
        <translation> (released)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="59"/>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/resident_detail.py" line="66"/>
        <source>迁户记录</source>
        <translation>Moves between households</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="32"/>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="33"/>
        <source>身份证号*</source>
        <translation>ID number*</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="34"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="35"/>
        <source>备用电话</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="36"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="37"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="38"/>
        <source>所属网格*</source>
        <translation>Grid*</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="39"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="40"/>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="41"/>
        <source>文化程度</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="42"/>
        <source>婚姻状况</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="45"/>
        <source>户籍地址</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="46"/>
        <source>现居住地址</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="47"/>
        <source>人户状态</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="48"/>
        <source>外出</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="49"/>
        <source>外出原因</source>
        <translation>Reason away</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="50"/>
        <source>外出时间</source>
        <translation>Away since</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="51"/>
        <source>外出去向</source>
        <translation>Where to</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="52"/>
        <source>工作单位或学校</source>
        <translation>Employer or school</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="53"/>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="54"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="59"/>
        <source>曾用名</source>
        <translation>Former name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="60"/>
        <source>与户主关系备注</source>
        <translation>Relation note</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="61"/>
        <source>户籍地</source>
        <translation>Place of registration</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="62"/>
        <source>户籍派出所</source>
        <translation>Registering police station</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="63"/>
        <source>户口类别</source>
        <translation>Hukou type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="64"/>
        <source>临时居所</source>
        <translation>Temporary residence</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="65"/>
        <source>其他地址</source>
        <translation>Other address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="68"/>
        <source>住宅电话</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="69"/>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="70"/>
        <source>宗教信仰</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="71"/>
        <source>血型</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="72"/>
        <source>身高(厘米)</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="73"/>
        <source>家庭称号</source>
        <translation>Family honour</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="74"/>
        <source>外出详址</source>
        <translation>Address while away</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="124"/>
        <source>基本信息</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="125"/>
        <source>户籍及其他</source>
        <translation>Registration and more</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="128"/>
        <source>编辑居民信息</source>
        <translation>Edit resident</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="128"/>
        <source>新增居民</source>
        <translation>New resident</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="134"/>
        <source>保存并新增同户成员</source>
        <translation>Save and add another member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="109"/>
        <source>目前外出</source>
        <translation>Currently away</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/resident_dialog.py" line="117"/>
        <source>18 位，出生日期和性别由它得出</source>
        <translation>18 characters; birth date and sex come from it</translation>
    </message>
</context>
<context>
    <name>ResidentModel</name>
    <message>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="38"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="38"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="38"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="38"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="38"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="39"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="39"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="39"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="32"/>
        <location filename="../../gridDesk/ui/models/resident_model.py" line="39"/>
        <source>外出</source>
        <translation>Away</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_dialog.py" line="29"/>
        <source>只在提示需要时填写</source>
        <translation>Only when asked for</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_dialog.py" line="33"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_dialog.py" line="34"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_dialog.py" line="34"/>
        <source>备份当时的密码</source>
        <translation>Password at the time of the backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_dialog.py" line="36"/>
        <source>恢复会用这个备份替换现在的全部数据。替换之前，现在的数据会先自动备份到本机的 backups 文件夹，不会丢失。</source>
        <translation>Restoring replaces all current data with this backup. Before that, the current data is backed up automatically to the backups folder on this PC, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_dialog.py" line="46"/>
        <source>{0}（{1}）
时间：{2}&#x3000;类型：{3}&#x3000;软件版本：{4}
内容：{5}</source>
        <translation>{0} ({1})
Made: {2}   Kind: {3}   App version: {4}
Holds: {5}</translation>
    </message>
</context>
<context>
    <name>RestoreNewDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="24"/>
        <source>（还没有选择）</source>
        <translation>(none chosen yet)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="26"/>
        <source>选择备份文件夹…</source>
        <translation>Choose the backup folder…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="38"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="39"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="39"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="39"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="41"/>
        <source>选择 U 盘上名为 GridDesk-backup-… 的文件夹。恢复后，用备份当时的账号和密码登录。</source>
        <translation>Choose the folder named GridDesk-backup-… on the USB stick. After the restore, log in with the login and password as they were when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="44"/>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="59"/>
        <source>{0}（{1}）&#x3000;{2}
{3}</source>
        <translation>{0} ({1})  {2}
{3}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/restore_new_dialog.py" line="66"/>
        <source>请先选择备份文件夹。</source>
        <translation>Please choose the backup folder first.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="9"/>
        <source>按台账计算</source>
        <translation>Computed from records</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="10"/>
        <source>群众代表评议</source>
        <translation>Representatives&apos; appraisal</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="11"/>
        <source>党员评议</source>
        <translation>Party members&apos; appraisal</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="12"/>
        <source>本人自评</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="13"/>
        <source>每周入户走访覆盖率</source>
        <translation>Weekly household visit coverage</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="14"/>
        <source>派办案件按时办结率</source>
        <translation>Assigned cases closed on time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="15"/>
        <source>培训学时</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="16"/>
        <source>民情日志天数</source>
        <translation>Daily log days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="17"/>
        <source>巡查完成率</source>
        <translation>Patrols done</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="18"/>
        <source>户次</source>
        <translation>household-weeks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="18"/>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="19"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="19"/>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="20"/>
        <source>次</source>
        <translation>patrols</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="21"/>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="21"/>
        <source>称职</source>
        <translation>Competent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="22"/>
        <source>基本称职</source>
        <translation>Basically competent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="22"/>
        <source>不称职</source>
        <translation>Not competent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="23"/>
        <source>未评议</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="24"/>
        <source>已初评，待乡镇复评</source>
        <translation>First review done, awaiting the township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="25"/>
        <source>已复评（结束）</source>
        <translation>Second review done (closed)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="26"/>
        <source>村党组织初评</source>
        <translation>Party branch&apos;s first review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="27"/>
        <source>乡镇党委复评</source>
        <translation>Township&apos;s second review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="46"/>
        <source>待补分</source>
        <translation>Points missing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="60"/>
        <source>暂无数据</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="60"/>
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="66"/>
        <source>{0} 人参加评议</source>
        <translation>{0} took part</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="68"/>
        <source>暂无数据：这本台账还没有接入考核</source>
        <translation>No data yet: these records are not in the assessment yet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="68"/>
        <source>暂无数据，评议核定分数</source>
        <translation>No data; points set by the review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/review_words.py" line="70"/>
        <source>本季无应办事项，记满分</source>
        <translation>Nothing due this quarter: full points</translation>
    </message>
</context>
<context>
    <name>ReviewDecisionDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="27"/>
        <source>如 杏花村党总支 王书记</source>
        <translation>e.g. Xinghua village party branch, Secretary Wang</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="28"/>
        <source>如 小店镇党委 李副书记</source>
        <translation>e.g. Xiaodian township party committee, Deputy Secretary Li</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="33"/>
        <source>评议意见，如：同意，等次称职</source>
        <translation>The decision, e.g. agreed, competent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="36"/>
        <source>考核项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="36"/>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="36"/>
        <source>现得分</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="37"/>
        <source>调整为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="37"/>
        <source>调整理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="50"/>
        <source>评议人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="51"/>
        <source>评议日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="52"/>
        <source>评议意见</source>
        <translation>Appraisal remarks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/review_decision_dialog.py" line="54"/>
        <source>要调整某项分数，在“调整为”填新分数并写明理由；没有分数的项目须在这里给出。</source>
        <translation>To change an item&apos;s points, type the new points under “Change to” with the reason; items without points must be given them here.</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="29"/>
        <source>复评结论（最多 500 字），如：同意村党组织初评结果</source>
        <translation>Decision of the second review (up to 500 characters), e.g. agrees with the village&apos;s review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="38"/>
        <source>不填则为乡镇名称：{0}</source>
        <translation>Leave empty for the township&apos;s name: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="40"/>
        <source>考核项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="40"/>
        <source>调整后分值</source>
        <translation>New points</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="40"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="45"/>
        <source>添加调整</source>
        <translation>Add a change</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="47"/>
        <source>删除所选调整</source>
        <translation>Remove selected change</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="54"/>
        <location filename="../../gridDesk/ui/township/review_form.py" line="103"/>
        <source>保存复评</source>
        <translation>Save second review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="58"/>
        <source>复评结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="59"/>
        <source>复评日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="60"/>
        <source>复评人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/review_form.py" line="61"/>
        <source>分值调整</source>
        <translation>Points changes</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="31"/>
        <source>{0}年第{1}季度</source>
        <translation>Q{1} {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="60"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="62"/>
        <source>考核规则…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="65"/>
        <source>打印评议表…</source>
        <translation>Print review sheets…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="67"/>
        <source>打印汇总表…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="71"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="90"/>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="109"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="90"/>
        <source>一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="90"/>
        <source>二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="90"/>
        <source>三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="91"/>
        <source>四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="91"/>
        <source>年度平均</source>
        <translation>Year&apos;s mean</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="91"/>
        <source>年度等次</source>
        <translation>Year&apos;s grade</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="109"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="109"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="110"/>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="110"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="110"/>
        <source>评议</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="117"/>
        <source>{0}（未完）</source>
        <translation>{0} (incomplete)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="133"/>
        <source>{0} 人；已复评 {1} 人。双击一行查看明细、录入评议。</source>
        <translation>{0} members; {1} closed. Double-click a row for the details and to enter appraisals.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="139"/>
        <source>{0} 年度评定：各季度总分的平均（只计各项均已评分的季度）</source>
        <translation>{0} yearly appraisal: the mean of the quarters&apos; totals (quarters with every item scored)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="182"/>
        <source>{0}考核评议表.pdf</source>
        <translation>{0} review sheets.pdf</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="183"/>
        <source>{0}考核汇总表.pdf</source>
        <translation>{0} review summary.pdf</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="184"/>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="184"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="198"/>
        <source>打印季度考核</source>
        <translation>Print the quarterly review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="199"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="199"/>
        <source>已保存到 {0}。</source>
        <translation>Saved to {0}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="203"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="203"/>
        <source>{0}考核评议汇总.xlsx</source>
        <translation>{0} review.xlsx</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="204"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="211"/>
        <source>导出季度考核</source>
        <translation>Export the quarterly review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="212"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/review_tab.py" line="213"/>
        <source>已导出 {0} 行到 {1}。</source>
        <translation>Exported {0} rows to {1}.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="29"/>
        <source>考核复核</source>
        <translation>Second reviews</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="29"/>
        <source>各村党组织已初评、等待乡镇党委复评的网格员季度考核。复评保存后随这个村的下一个回复包发回村里。</source>
        <translation>Grid members&apos; quarterly reviews the village has made and the township has still to review. A saved second review goes back with the village&apos;s next reply package.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="37"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="42"/>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="48"/>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="139"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="42"/>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="48"/>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="139"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="42"/>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="48"/>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="140"/>
        <source>网格员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="42"/>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="141"/>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="42"/>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="141"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="43"/>
        <source>村里的评议意见</source>
        <translation>Village&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="46"/>
        <source>已复评，待随回复包发出</source>
        <translation>Reviewed, waiting for the next reply package</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="48"/>
        <source>复评结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="48"/>
        <source>复评人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="49"/>
        <source>复评日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="89"/>
        <source>等待复评 {0} 项；已复评待发出 {1} 项</source>
        <translation>{0} waiting for a second review; {1} reviewed, not yet sent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="136"/>
        <source>选中左边的一项，看村里的初评并复评。</source>
        <translation>Select one on the left to read the village&apos;s review and record the second review.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="140"/>
        <source>初评机构</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="140"/>
        <source>初评日期</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="141"/>
        <source>初评意见</source>
        <translation>Village&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/reviews_page.py" line="142"/>
        <source>{0} {1} 的季度考核</source>
        <translation>{0}: quarterly review {1}</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="40"/>
        <source>如：汛期连续值守，及时转移危房住户</source>
        <translation>e.g. on duty through the flood season, moved families out of unsafe houses</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="42"/>
        <source>如：某镇委〔2026〕12号</source>
        <translation>e.g. Township committee [2026] No. 12</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="50"/>
        <source>修改奖惩记录</source>
        <translation>Edit the record</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="50"/>
        <source>登记表彰或警示</source>
        <translation>Record a commendation or warning</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="51"/>
        <source>队伍成员</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="51"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="51"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="52"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="52"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="52"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="53"/>
        <source>文件或照片</source>
        <translation>Document or photo</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/reward_dialog.py" line="54"/>
        <source>表彰、警示、通报批评，以及不能胜任时的调整岗位或解聘（《办法》第十六条）。警示和通报批评按绩效规则扣减当月补贴。</source>
        <translation>Commendations, warnings, public criticism, and transfer or dismissal of those who cannot do the work (Measures Art. 16). Warnings and criticism deduct from that month&apos;s pay as the pay rules say.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="54"/>
        <source>网格与人口</source>
        <translation>Grids and residents</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="55"/>
        <source>身份证号和电话默认遮蔽显示；查看完整号码需写明理由，并记入审计日志。</source>
        <translation>ID numbers and phones are masked; showing them in full needs a reason and is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="58"/>
        <source>搜索：姓名或其中的字、拼音或首字母（zs）、身份证或电话尾号、地址…</source>
        <translation>Search: a name or part of it, pinyin or initials (zs), the last digits of an ID or phone, an address…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="78"/>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="84"/>
        <source>只看外出人员</source>
        <translation>Only people away</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="90"/>
        <source>新增居民</source>
        <translation>New resident</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="93"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="94"/>
        <source>查看完整号码…</source>
        <translation>Show full numbers…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="99"/>
        <source>导入台账…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="100"/>
        <source>导出台账…</source>
        <translation>Export ledger…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="125"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="34"/>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="125"/>
        <source>户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="29"/>
        <source>全部年龄</source>
        <translation>All ages</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="30"/>
        <source>0–15 岁</source>
        <translation>Age 0–15</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="31"/>
        <source>16–59 岁</source>
        <translation>Age 16–59</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="32"/>
        <source>60 岁以上</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="33"/>
        <source>80 岁以上</source>
        <translation>80 and over</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="34"/>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="35"/>
        <source>网格队伍</source>
        <translation>Grid team</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="35"/>
        <source>场所</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="92"/>
        <source>新增户</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="95"/>
        <source>重点人群…</source>
        <translation>Key groups…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="96"/>
        <source>重点人群提醒…</source>
        <translation>Key-group reminders…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="125"/>
        <source>人</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="201"/>
        <source>无法显示</source>
        <translation>Cannot show this</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="203"/>
        <source>共 {0} 人</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="242"/>
        <source>查看完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="243"/>
        <source>完整的身份证号和电话属于敏感个人信息。请写明查看理由，本次查看会记入审计日志。</source>
        <translation>Full ID numbers and phones are sensitive personal information. State why you need them; this view is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="249"/>
        <source>无法查看</source>
        <translation>Cannot show</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="291"/>
        <source>重点人群</source>
        <translation>Key groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="291"/>
        <source>请先在表格中选中一个人。</source>
        <translation>First select a person in the table.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/roster_page.py" line="322"/>
        <source>没有找到“{0}”。</source>
        <translation>Nothing found for “{0}”.</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <location filename="../../gridDesk/ui/saved_notice.py" line="22"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/saved_notice.py" line="23"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="24"/>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="44"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="24"/>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="45"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="24"/>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="46"/>
        <source>结果、说明</source>
        <translation>Result, notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="35"/>
        <source>如：报名 5 人；合格</source>
        <translation>e.g. 5 applied; passed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="36"/>
        <source>登记此环节</source>
        <translation>Record this step</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="47"/>
        <source>打印选聘记录…</source>
        <translation>Print the selection record…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="59"/>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="108"/>
        <source>选聘记录</source>
        <translation>Selection record</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="78"/>
        <source>任命：{0}</source>
        <translation>Appointed: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/selection_dialog.py" line="79"/>
        <source>还没有任命：补缺时在“任命补缺…”里登记新成员。</source>
        <translation>Nobody appointed yet: enter the new member with “Appoint to fill…”.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="158"/>
        <source>村调解室</source>
        <translation>Village mediation room</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="167"/>
        <source>其他调解员，用顿号隔开</source>
        <translation>Other mediators, separated by 、</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="175"/>
        <source>登记调解</source>
        <translation>Record a session</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="175"/>
        <source>调解日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="175"/>
        <source>调解地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="176"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="176"/>
        <source>参加人员</source>
        <translation>Who attended</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/mediation_dialogs.py" line="177"/>
        <source>调解情况</source>
        <translation>What was said</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="44"/>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="49"/>
        <source>新增培训…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="49"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="50"/>
        <source>登记出勤…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="50"/>
        <source>导入签到表…</source>
        <translation>Import sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="62"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="62"/>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="120"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="62"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="62"/>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="120"/>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="63"/>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="121"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="63"/>
        <source>考核</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="63"/>
        <source>参加</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="63"/>
        <source>请假</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="64"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="90"/>
        <source>（岗前）</source>
        <translation> (onboarding)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="91"/>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="114"/>
        <source>选一次培训，查看参训人员和材料。</source>
        <translation>Pick a training session to see who attended and its materials.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="121"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="122"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="122"/>
        <source>授课人</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="122"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="126"/>
        <source>参训人员</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="131"/>
        <source>成绩 {0}</source>
        <translation>score {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="133"/>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_sessions_tab.py" line="133"/>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="44"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="46"/>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="65"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="67"/>
        <source>空闲自动锁定</source>
        <translation>Idle lock</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="67"/>
        <source>{0} 分钟无操作后锁定（按安全规定，不可关闭）</source>
        <translation>Locks after {0} minutes without input (required by the security rules; cannot be turned off)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="71"/>
        <source>我的账号</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="74"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="75"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="76"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="77"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="82"/>
        <source>本中心</source>
        <translation>This centre</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="85"/>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="86"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="87"/>
        <source>所属乡镇（街道）</source>
        <translation>Township (sub-district)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="90"/>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="95"/>
        <source>档案包签名公钥指纹</source>
        <translation>Archive signing key fingerprint</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="102"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="111"/>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="119"/>
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="130"/>
        <source>事件类别、办理时限与节假日</source>
        <translation>Case categories, time limits and holidays</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="142"/>
        <source>重点人群走访频次</source>
        <translation>Key-group visit frequencies</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="146"/>
        <source>准入清单（可交给网格员的任务类型）</source>
        <translation>Task admission list (task types grid members may be given)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="211"/>
        <source>备份之后删除的 {0} 个账户（{1}）已再次删除，数据库已换用新的数据密钥。</source>
        <translation>{0} account(s) removed after the backup ({1}) have been removed again, and the database now has a new data key.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="212"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="213"/>
        <source>恢复完成</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/settings_page.py" line="208"/>
        <source>已从备份恢复，并检查通过。恢复前的数据已另行备份在本机的 backups 文件夹。</source>
        <translation>Restored from the backup and checked. The data from before the restore is kept in the backups folder on this PC.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="193"/>
        <source>GridDesk：建立新的中心</source>
        <translation>GridDesk: set up a new centre</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="196"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="197"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="198"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="199"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="128"/>
        <source>网格与人口</source>
        <translation>Grids and residents</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="130"/>
        <source>走访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="132"/>
        <source>民情日志</source>
        <translation>Daily log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="134"/>
        <source>巡查</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="136"/>
        <source>事件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="143"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="148"/>
        <source>例会考核</source>
        <translation>Meetings and reviews</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="153"/>
        <source>党建</source>
        <translation>Party building</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="156"/>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="159"/>
        <source>档案上报</source>
        <translation>Archive upload</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="123"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="141"/>
        <source>调解信访</source>
        <translation>Mediation and petitions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="162"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="164"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/shell.py" line="169"/>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="28"/>
        <source>导入签到表</source>
        <translation>Import sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="31"/>
        <source>请选择签到表（xlsx 或 xls）。表头要有“姓名”，最好有“身份证号”。</source>
        <translation>Choose the sign-in sheet (xlsx or xls). Its header needs “姓名” (name) and preferably “身份证号” (ID number).</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="33"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="40"/>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="44"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="40"/>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="44"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="40"/>
        <source>出勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="40"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="44"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="62"/>
        <source>选择签到表</source>
        <translation>Choose sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="62"/>
        <source>Excel 表格 (*.xlsx *.xls)</source>
        <translation>Excel workbook (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="78"/>
        <source>能对上的 {0} 人：</source>
        <translation>{0} people matched:</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="84"/>
        <source>对不上的 {0} 行（不会导入；改好签到表后可再导入）：</source>
        <translation>{0} rows not matched (not imported; correct the sheet and import again):</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/sign_in_dialog.py" line="89"/>
        <source>导入能对上的 {0} 人</source>
        <translation>Import the {0} matched</translation>
    </message>
</context>
<context>
    <name>SizeGuidanceDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/size_guidance_dialog.py" line="22"/>
        <source>农村网格（户）</source>
        <translation>Rural grid (households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/size_guidance_dialog.py" line="22"/>
        <source>城镇网格（户）</source>
        <translation>Urban grid (households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/size_guidance_dialog.py" line="23"/>
        <source>微网格（户）</source>
        <translation>Micro-grid (households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/size_guidance_dialog.py" line="23"/>
        <source>少于参考值的百分之几算偏小</source>
        <translation>Small below this % of the guidance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/size_guidance_dialog.py" line="24"/>
        <source>多于参考值的百分之几算偏大</source>
        <translation>Large above this % of the guidance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/size_guidance_dialog.py" line="32"/>
        <source>规范的参考值：{0}</source>
        <translation>The standard’s figure: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/size_guidance_dialog.py" line="35"/>
        <source>网格规模参考值</source>
        <translation>Grid size guidance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/size_guidance_dialog.py" line="36"/>
        <source>DB3208/T 200 4.2：农村网格约 300 户，城镇约 500 户，微网格约 100 户；农村网格也可按村民小组划分。超出范围只作提醒，不拦保存。</source>
        <translation>DB3208/T 200 4.2: a rural grid about 300 households, an urban one about 500, a micro-grid about 100; a rural grid may also follow the villager group. Outside the band is a reminder only, never a block on saving.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="31"/>
        <source>如：第5网格（南村）</source>
        <translation>e.g. Grid 5 (South)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="33"/>
        <source>按村民小组、地址或户号筛选，如：南村</source>
        <translation>Filter by villager group, address or household number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="34"/>
        <source>全选筛出的户</source>
        <translation>Check those shown</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="35"/>
        <source>取消筛出的户</source>
        <translation>Uncheck those shown</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="38"/>
        <source>{0}&#x3000;{1}（{2} 人）</source>
        <translation>{0}  {1} ({2} people)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="60"/>
        <source>批准文件文号，如：某镇综治〔2026〕5号</source>
        <translation>Approval document number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="62"/>
        <source>新网格编码</source>
        <translation>New grid code</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="63"/>
        <source>新网格名称</source>
        <translation>New grid name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="69"/>
        <source>从“{0}”（{1} 户）分出的户：</source>
        <translation>Households leaving “{0}” ({1} households):</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="74"/>
        <source>一并划入新网格的场所和风险点：</source>
        <translation>Places and risk points that go to the new grid too:</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="78"/>
        <source>调整日期</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="79"/>
        <source>调整原因</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="80"/>
        <source>批准文件</source>
        <translation>Approval document</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="82"/>
        <source>拆分网格</source>
        <translation>Split grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/split_dialog.py" line="114"/>
        <source>拆分前：{0} {1} 户 {2} 人&#x3000;→&#x3000;拆分后：{0} {3} 户 {4} 人，新网格 {5} 户 {6} 人</source>
        <translation>Before: {0} {1} households, {2} people → after: {0} {3} households, {4} people; new grid {5} households, {6} people</translation>
    </message>
</context>
<context>
    <name>StaffingRulesDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/staffing_rules_dialog.py" line="34"/>
        <source>（默认）</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/staffing_rules_dialog.py" line="35"/>
        <source>队伍配备规则</source>
        <translation>Staffing rules</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/staffing_rules_dialog.py" line="36"/>
        <source>网格长、网格员的配备和空缺补充按《网格员管理办法》第八至十条；年龄和学历是 DB3208/T 200 6.1 的“宜”，只作提示，不拦保存。</source>
        <translation>Leaders, members and filling vacancies follow Arts. 8-10 of the Measures; age and education are what DB3208/T 200 6.1 says is preferable: a hint, never a block.</translation>
    </message>
</context>
<context>
    <name>StaffingTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="47"/>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="53"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="47"/>
        <source>缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="51"/>
        <source>也显示已补上的空缺</source>
        <translation>Show filled vacancies too</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="53"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="53"/>
        <source>离任成员</source>
        <translation>Member who left</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="53"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="54"/>
        <source>空缺起始</source>
        <translation>Open since</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="54"/>
        <source>已空缺（天）</source>
        <translation>Days open</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="54"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="54"/>
        <source>选聘记录</source>
        <translation>Selection record</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="55"/>
        <source>任命补缺…</source>
        <translation>Appoint to fill…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="57"/>
        <source>选聘记录…</source>
        <translation>Selection record…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="59"/>
        <source>配备规则…</source>
        <translation>Staffing rules…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="69"/>
        <source>每个网格要有网格长和至少一名网格员，城市网格至少一名专职网格员（《办法》第八条）；网格员辞职、被解聘或调离的，应及时补充（第十条）。离任在“网格队伍”里登记。</source>
        <translation>Every grid needs a leader and at least one member, an urban grid at least one full-time member (Measures Art. 8); a member who resigns, is dismissed or moves is replaced in good time (Art. 10). Departures are recorded under “Grid team”.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="85"/>
        <source>网格长或网格员不齐的网格：{0} 个</source>
        <translation>Grids missing a leader or member: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="96"/>
        <source>未补的岗位空缺：{0} 个，其中超期 {1} 个（超过 {2} 天）</source>
        <translation>Open vacancies: {0}, overdue {1} (over {2} days)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="101"/>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="159"/>
        <source>全村</source>
        <translation>Whole village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="103"/>
        <source>{0} 由{1}补上</source>
        <translation>Filled {0} by {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="105"/>
        <source>超期未补</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="105"/>
        <source>未补</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="108"/>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="127"/>
        <source>请先选中一个未补的空缺。</source>
        <translation>Select an open vacancy first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="134"/>
        <source>任命补缺：{0}</source>
        <translation>Appoint to fill: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="145"/>
        <source>请先选中一个空缺。</source>
        <translation>Select a vacancy first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="150"/>
        <source>选聘记录用于专职网格员的招聘：这个空缺没有。</source>
        <translation>Selection records are for full-time hires: this vacancy has none.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/staffing_tab.py" line="159"/>
        <source>{0} · {1} · 空缺自 {2}</source>
        <translation>{0} · {1} · open since {2}</translation>
    </message>
</context>
<context>
    <name>StaffingWarning</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/staffing_warning.py" line="22"/>
        <source>{0} 缺{1}</source>
        <translation>{0} lacks {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/staffing_warning.py" line="24"/>
        <source>队伍不齐，公示牌上会少人：{0}。请先在“网格与人口 → 队伍配备”补上岗位再印（这条提示不会印在公示牌上）。</source>
        <translation>The team is not complete, so the sign will lack people: {0}. Fill the post under “Grids and people → Staffing” first (this notice is not printed on the sign).</translation>
    </message>
</context>
<context>
    <name>StaffingWords</name>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="10"/>
        <source>辞职</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="11"/>
        <source>解聘</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="12"/>
        <source>调离</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="13"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="14"/>
        <source>网格长</source>
        <translation>grid leader</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="15"/>
        <source>网格员</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="16"/>
        <source>专职网格员</source>
        <translation>full-time member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="17"/>
        <source>公告</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="18"/>
        <source>报名</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="19"/>
        <source>资格审查</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="20"/>
        <source>笔试面试</source>
        <translation>Exam and interview</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="21"/>
        <source>体检</source>
        <translation>Medical check</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="22"/>
        <source>政审</source>
        <translation>Political review</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="23"/>
        <source>公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="24"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="25"/>
        <source>每个网格除网格长外至少几名网格员</source>
        <translation>Members per grid besides the leader, at least</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="26"/>
        <source>城市网格至少几名专职网格员（《办法》第八条：至少 1 名）</source>
        <translation>Full-time members per urban grid, at least (Art. 8: 1)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="27"/>
        <source>农村网格至少几名专职网格员（0：不要求）</source>
        <translation>Full-time members per rural grid, at least (0: not required)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="28"/>
        <source>岗位空缺超过几天算超期（《办法》第十条“及时补充”）</source>
        <translation>A vacancy is overdue after days (Art. 10 “in good time”)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="29"/>
        <source>新选聘专职网格员宜在几周岁以下</source>
        <translation>New full-time hires preferably under age</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="30"/>
        <source>新选聘专职网格员宜具备的最低文化程度</source>
        <translation>New full-time hires preferably educated to at least</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="59"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="66"/>
        <source>退役军人</source>
        <translation>Veteran</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/staffing_words.py" line="68"/>
        <source>低保</source>
        <translation>Dibao</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="28"/>
        <source>例如：东村网格党群服务站</source>
        <translation>e.g. East Village grid service station</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="36"/>
        <source>闲置用房、物业用房或党员中心户家中</source>
        <translation>A spare room, a property office or a central party household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="40"/>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="49"/>
        <source>编辑党群服务站</source>
        <translation>Edit service station</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="49"/>
        <source>新增党群服务站</source>
        <translation>New service station</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="50"/>
        <source>名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="50"/>
        <source>所在网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="50"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="51"/>
        <source>用房</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="51"/>
        <source>服务项目</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="51"/>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="52"/>
        <source>负责人</source>
        <translation>In charge</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="52"/>
        <source>服务的户</source>
        <translation>Households served</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/station_dialog.py" line="53"/>
        <source>“1+1+N”：一个服务站、一名负责人、若干服务项目；服务项目用顿号分开。</source>
        <translation>&quot;1+1+N&quot;: one station, one person in charge, N services; separate the services with 、 or commas.</translation>
    </message>
</context>
<context>
    <name>StationsTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="37"/>
        <source>服务站</source>
        <translation>Service stations</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="37"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="37"/>
        <source>用房</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="37"/>
        <source>负责人</source>
        <translation>In charge</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="38"/>
        <source>服务户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="38"/>
        <source>服务项目</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="38"/>
        <source>“七个一”缺项</source>
        <translation>&quot;Seven ones&quot; missing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="46"/>
        <source>新增服务站…</source>
        <translation>New station…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="47"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="48"/>
        <source>“七个一”清单…</source>
        <translation>&quot;Seven ones&quot; list…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="53"/>
        <source>党群服务站按“七个一”标准建设，就近提供党务、政务、综治、文化、健康等服务。</source>
        <translation>Service stations are built to the &quot;seven ones&quot; and offer party, government, governance, culture and health services close to home.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="65"/>
        <source>“七个一”</source>
        <translation>&quot;Seven ones&quot;</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="65"/>
        <source>具备日期</source>
        <translation>In place since</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="65"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="83"/>
        <source>齐全</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="105"/>
        <source>{0} 的“七个一”：缺 {1} 项</source>
        <translation>&quot;Seven ones&quot; of {0}: {1} missing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="116"/>
        <source>缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="150"/>
        <source>请先选中一个服务站。</source>
        <translation>Select a station first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="173"/>
        <source>“七个一”清单</source>
        <translation>&quot;Seven ones&quot; list</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="174"/>
        <source>每行一项</source>
        <translation>One item a line</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/stations_tab.py" line="175"/>
        <source>按本地标准调整服务站的“七个一”；已勾选的项目按名称保留。</source>
        <translation>Adjust the stations&apos; &quot;seven ones&quot; to the local standard; items kept by name keep their ticks.</translation>
    </message>
</context>
<context>
    <name>StickPlaces</name>
    <message>
        <location filename="../../gridDesk/ui/stick_places.py" line="32"/>
        <source>{0}（{1}，剩余 {2} GB）</source>
        <translation>{0} ({1}, {2} GB free)</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/suggestions_dialog.py" line="20"/>
        <source>重点人群提醒</source>
        <translation>Key-group reminders</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/suggestions_dialog.py" line="23"/>
        <source>根据年龄、户内情况和外出情况，以下人员可能需要登记或解除。请逐项核实后勾选，点“确认”才会写入。</source>
        <translation>By age, household and who is away, these people may need to be registered or ended. Check each, tick it, and only “Confirm” writes anything.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/suggestions_dialog.py" line="24"/>
        <source>目前没有需要处理的提醒。</source>
        <translation>Nothing to act on right now.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/suggestions_dialog.py" line="28"/>
        <source>登记为</source>
        <translation>register as </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/suggestions_dialog.py" line="28"/>
        <source>解除</source>
        <translation>end </translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/suggestions_dialog.py" line="35"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="31"/>
        <location filename="../../gridDesk/ui/township/task_form.py" line="53"/>
        <source>任务名称</source>
        <translation>Task title</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="38"/>
        <source>如：小综治〔2026〕3号（可不填）</source>
        <translation>e.g. 小综治〔2026〕3号 (optional)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="40"/>
        <source>任务内容和要求（可不填）</source>
        <translation>What to do and how (optional)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="44"/>
        <source>网格代码，用空格分开；不填为全部网格</source>
        <translation>Grid codes separated by spaces; empty for every grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="47"/>
        <location filename="../../gridDesk/ui/township/task_form.py" line="81"/>
        <source>下发任务</source>
        <translation>Send task</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="51"/>
        <source>交给</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="52"/>
        <source>任务类型</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="54"/>
        <source>办理期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="55"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="56"/>
        <source>任务内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="57"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/task_form.py" line="65"/>
        <source>每个村（各一件）</source>
        <translation>Every village (one each)</translation>
    </message>
</context>
<context>
    <name>TaskTypePicker</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/task_type_picker.py" line="22"/>
        <source>不在清单上（凭文件按例外登记）</source>
        <translation>Not on the list (an exception, on the strength of a document)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/task_type_picker.py" line="24"/>
        <source>任务类型</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/task_type_picker.py" line="26"/>
        <source>准许交办的文件文号（必填）</source>
        <translation>Number of the document allowing it (required)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/task_type_picker.py" line="27"/>
        <source>准入清单上还没有启用的任务类型：请主任在“设置”中录入县里批准的清单。在此之前，乡镇交办的任务只能凭文件按例外登记。</source>
        <translation>No task type on the admission list is in force yet: the director enters the county&apos;s approved list in Settings. Until then a township task can only be recorded as an exception, with the document that allows it.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="36"/>
        <source>全村（网格长）</source>
        <translation>Whole village (grid leader)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="50"/>
        <source>已核实：未在接受调查，未受过刑事或行政处罚，未被开除党籍或公职</source>
        <translation>Checked: not under investigation, never criminally or administratively punished, never expelled from the party or public office</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="62"/>
        <source>编辑网格队伍成员</source>
        <translation>Edit grid team member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="62"/>
        <source>新增网格队伍成员</source>
        <translation>New grid team member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="63"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="63"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="63"/>
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="64"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="64"/>
        <source>负责网格</source>
        <translation>Grids served</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="64"/>
        <source>任职日期</source>
        <translation>Appointed on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="65"/>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="65"/>
        <source>文化程度</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="66"/>
        <source>主要职责</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="76"/>
        <source>如：助理工程师、经济师</source>
        <translation>e.g. assistant engineer, economist</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="78"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="83"/>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="89"/>
        <source>退役军人</source>
        <translation>Veteran</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="91"/>
        <source>低保对象</source>
        <translation>Dibao recipient</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="109"/>
        <source>专业技术职称</source>
        <translation>Professional title</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="109"/>
        <source>社会工作者证书</source>
        <translation>Social-work certificate</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="109"/>
        <source>优先条件</source>
        <translation>Preference</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="130"/>
        <source>新选聘的专职网格员宜在 {0} 周岁以下</source>
        <translation>a new full-time member is preferably under {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="134"/>
        <source>文化程度宜在{0}及以上</source>
        <translation>education preferably {0} or above</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="136"/>
        <source>还没有填文化程度</source>
        <translation>education not entered yet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/team_dialog.py" line="137"/>
        <source>提示（DB3208/T 200 6.1）：{0}。因工作需要或素质能力优秀的，可适当放宽，不影响保存。</source>
        <translation>Hint (DB3208/T 200 6.1): {0}. It may be relaxed for the work&apos;s needs or outstanding ability; saving is not blocked.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="34"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="34"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="34"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="34"/>
        <source>负责网格</source>
        <translation>Grids served</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="35"/>
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="35"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="35"/>
        <source>任职日期</source>
        <translation>Appointed on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="36"/>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="36"/>
        <source>优先条件</source>
        <translation>Preference</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="46"/>
        <source>新增成员…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="47"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="48"/>
        <source>设置照片…</source>
        <translation>Set photo…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="49"/>
        <source>离任…</source>
        <translation>Leave the post…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="61"/>
        <source>只看队伍不齐的网格</source>
        <translation>Only grids with an incomplete team</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="85"/>
        <source>队伍不齐：{0}</source>
        <translation>Team incomplete: {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="86"/>
        <source>{0}缺{1}</source>
        <translation>{0} lacks {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="101"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="103"/>
        <source>全村</source>
        <translation>Whole village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="105"/>
        <source>（未持证）</source>
        <translation> (not certified)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="113"/>
        <source>没有通过岗前培训，也没有有效证书：按规定不得作为网格员开展工作。</source>
        <translation>Has not passed onboarding training and holds no valid certificate: by the rules may not work as a grid member.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="122"/>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="135"/>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="160"/>
        <source>请先选中一名成员。</source>
        <translation>First select a member.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="137"/>
        <source>选择照片</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/team_tab.py" line="137"/>
        <source>照片 (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>TownshipLoginDialog</name>
    <message>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="25"/>
        <source>登录 GridDesk 乡镇版</source>
        <translation>Log in to GridDesk Township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="27"/>
        <source>乡镇综治中心</source>
        <translation>Township governance centre</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="29"/>
        <source>由数据库服务器核对您的数据库账号（不在这里输入密码）。</source>
        <translation>The database server checks your database account (no password is typed here).</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="30"/>
        <source>请用您自己的账号登录。数据已加密保存。</source>
        <translation>Please log in with your own account. The data is stored encrypted.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="34"/>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="38"/>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="36"/>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="40"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="44"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="48"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/login_dialog.py" line="66"/>
        <source>请输入登录名。</source>
        <translation>Please enter your user name.</translation>
    </message>
</context>
<context>
    <name>TownshipWindow</name>
    <message>
        <location filename="../../gridDesk/ui/township/window.py" line="35"/>
        <source>GridDesk 乡镇版 — {0}</source>
        <translation>GridDesk Township — {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/window.py" line="52"/>
        <source>GridDesk 乡镇版</source>
        <translation>GridDesk Township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/window.py" line="71"/>
        <source>当前用户：{0}（{1}）</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/window.py" line="75"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/window.py" line="76"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
</context>
<context>
    <name>TownshipWords</name>
    <message>
        <location filename="../../gridDesk/ui/township/pages.py" line="62"/>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pages.py" line="64"/>
        <source>村情</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pages.py" line="66"/>
        <source>上报件</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pages.py" line="69"/>
        <source>考核复核</source>
        <translation>Second reviews</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pages.py" line="72"/>
        <source>下发</source>
        <translation>Send down</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pages.py" line="75"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/pages.py" line="78"/>
        <source>回复</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="12"/>
        <source>待答复</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="13"/>
        <source>已答复，待回复包</source>
        <translation>Answered, awaiting reply package</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="14"/>
        <source>已随回复包发出</source>
        <translation>Sent on a reply package</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="15"/>
        <source>指导意见</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="17"/>
        <source>已办结</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="18"/>
        <source>上报县级</source>
        <translation>Passed to county</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="19"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="20"/>
        <source>已有（同一批次，未重复导入）</source>
        <translation>Already here (same batch, not imported twice)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="21"/>
        <source>已隔离（未导入）</source>
        <translation>Quarantined (not imported)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="22"/>
        <source>未处理（导入中途停止）</source>
        <translation>Not reached (the import stopped)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="23"/>
        <source>主任</source>
        <translation>Director</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="24"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="25"/>
        <source>审计员（只读）</source>
        <translation>Auditor (read only)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="28"/>
        <source>有包未通过检测（已隔离）</source>
        <translation>A package failed (quarantined)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="29"/>
        <source>应报未报</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="30"/>
        <source>批次链不完整</source>
        <translation>Chain incomplete</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="31"/>
        <source>已收到，逾期</source>
        <translation>Received late</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="32"/>
        <source>已收到，按时</source>
        <translation>Received on time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="33"/>
        <source>未到期或无需上报</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="89"/>
        <source>（迟{0}）</source>
        <translation> ({0} late)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="91"/>
        <source>断链</source>
        <translation>gap</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="93"/>
        <source>✗{0}</source>
        <translation>✗{0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="99"/>
        <source>收到批次：{0}，其中按时：{1}</source>
        <translation>Batches received: {0}, on time: {1}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="101"/>
        <source>批次链：完整</source>
        <translation>Batch chain: complete</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="101"/>
        <source>批次链：不完整（有包被隔离或缺号）</source>
        <translation>Batch chain: incomplete (a package quarantined or a number missing)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="103"/>
        <source>未通过检测（已隔离）的包：{0}，原因见“村情”</source>
        <translation>Packages that failed (quarantined): {0}; the reasons are under Villages</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/words.py" line="105"/>
        <source>这个月应报而没有收到任何批次</source>
        <translation>Nothing was received for this month though it was due</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="9"/>
        <source>省级</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="10"/>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="11"/>
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="12"/>
        <source>乡镇级</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="13"/>
        <source>村级</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="14"/>
        <source>参加</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="15"/>
        <source>请假</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="16"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="17"/>
        <source>已持证</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="17"/>
        <source>证书将到期</source>
        <translation>Certificate expiring</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="18"/>
        <source>未持证（证书过期）</source>
        <translation>Not certified (expired)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/training_words.py" line="18"/>
        <source>未持证</source>
        <translation>Not certified</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="30"/>
        <source>如：县委政法委、镇综治中心</source>
        <translation>e.g. county commission, township centre</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="41"/>
        <source>培训后有考核</source>
        <translation>Ends in an assessment</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="42"/>
        <source>岗前培训（通过即视为持证上岗）</source>
        <translation>Onboarding training (passing it certifies for the post)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="57"/>
        <source>修改培训</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="57"/>
        <source>新增培训</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="58"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="58"/>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="58"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="59"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="59"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="59"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="60"/>
        <source>授课人</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="61"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_dialog.py" line="61"/>
        <source>培训材料</source>
        <translation>Materials</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="34"/>
        <location filename="../../gridDesk/ui/township/training_form.py" line="63"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="41"/>
        <source>如 2 或 1.5</source>
        <translation>e.g. 2 or 1.5</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="44"/>
        <source>培训后有考核</source>
        <translation>Assessed after the training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="48"/>
        <source>其他人：姓名/身份证号（前 6 位、8 个 *、后 4 位）</source>
        <translation>Someone else: name/masked ID</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="49"/>
        <source>名单里没有的人：写“姓名/身份证号”，身份证号只写前 6 位、8 个 * 和后 4 位，如 王五/140105********123X</source>
        <translation>Someone not on the list: type “name/ID number”, the ID number as its first 6 digits, 8 * and its last 4 characters, e.g. 王五/140105********123X</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="52"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="58"/>
        <location filename="../../gridDesk/ui/township/training_form.py" line="132"/>
        <source>登记培训</source>
        <translation>Record training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="62"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="64"/>
        <source>开始时间</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="65"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="66"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="67"/>
        <source>授课人</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/training_form.py" line="69"/>
        <source>参加人</source>
        <translation>Attended</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/training_page.py" line="30"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_page.py" line="31"/>
        <source>《办法》要求网格员每年参加县级培训不少于 2 次、乡镇级不少于 3 次；经培训合格方可上岗（持证上岗）。</source>
        <translation>The Measures require every grid member to attend county training at least twice and township training at least three times a year, and to pass training before taking up the post.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_page.py" line="36"/>
        <source>培训场次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_page.py" line="37"/>
        <source>人员与证书</source>
        <translation>People and certificates</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/training_page.py" line="38"/>
        <source>达标情况</source>
        <translation>Compliance</translation>
    </message>
</context>
<context>
    <name>TrainingRulesDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_rules_dialog.py" line="26"/>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_rules_dialog.py" line="29"/>
        <source>{0} 年培训要求</source>
        <translation>Training rule for {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/training_rules_dialog.py" line="30"/>
        <source>每名网格员每年至少参加的培训次数。《办法》要求：县级不少于 2 次，乡镇级不少于 3 次。填 0 表示这一级不作要求。年中任职的，按在岗月数折算。</source>
        <translation>The sessions each grid member must attend in the year. The Measures: county at least 2, township at least 3. 0 means no rule for that level. For those appointed mid-year the rule is prorated by months in post.</translation>
    </message>
</context>
<context>
    <name>VillagePage</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="28"/>
        <source>本中心的基本信息</source>
        <translation>About this centre</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="29"/>
        <source>这些信息会印在公示牌、台账和上报档案上，以后可以在设置里查看。</source>
        <translation>This appears on signs, ledgers and archive packages; you can see it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="31"/>
        <source>例如：杏花村</source>
        <translation>e.g. Xinghua Village</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="33"/>
        <source>12 位统计用区划代码，例如 140105100201</source>
        <translation>12-digit statistical division code, e.g. 140105100201</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="36"/>
        <source>例如：小店镇</source>
        <translation>e.g. Xiaodian Town</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="39"/>
        <source>村（社区）名称</source>
        <translation>Village (community) name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="40"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="41"/>
        <source>所属乡镇（街道）</source>
        <translation>Township (sub-district)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/setup_wizard.py" line="53"/>
        <source>请填写所属乡镇（街道）。</source>
        <translation>Please enter the township (sub-district).</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="24"/>
        <source>村情</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="24"/>
        <source>选一个村看它报上来的情况；按住 Ctrl 多选几个村（最多 {0} 个）并排比较。</source>
        <translation>Choose a village to see what it sent; hold Ctrl to choose several (at most {0}) side by side.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="48"/>
        <source>报告期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="48"/>
        <source>报表</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="48"/>
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="48"/>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="48"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="49"/>
        <location filename="../../gridDesk/ui/township/village_page.py" line="53"/>
        <source>事件类别</source>
        <translation>Case category</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="49"/>
        <location filename="../../gridDesk/ui/township/village_page.py" line="50"/>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="50"/>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="50"/>
        <source>打包日期</source>
        <translation>Bagged</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="50"/>
        <source>导入时间</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="51"/>
        <source>包</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="51"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="51"/>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="51"/>
        <source>原因</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="52"/>
        <source>报表数字</source>
        <translation>Report figures</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="54"/>
        <location filename="../../gridDesk/ui/township/village_page.py" line="121"/>
        <source>收到的批次</source>
        <translation>Batches received</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="55"/>
        <location filename="../../gridDesk/ui/township/village_page.py" line="123"/>
        <source>隔离的包</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="114"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="114"/>
        <source>居民</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="115"/>
        <source>户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="115"/>
        <source>重点人群</source>
        <translation>Key groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="116"/>
        <source>已办结事件</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="116"/>
        <source>事件更正版本</source>
        <translation>Case corrections</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="117"/>
        <source>培训场次</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="118"/>
        <source>培训出勤（人次）</source>
        <translation>Training attendance</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="119"/>
        <source>走访次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="119"/>
        <source>走访户数</source>
        <translation>Households visited</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="120"/>
        <source>走访发现问题 / 当场解决</source>
        <translation>Problems found / solved on the spot</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="122"/>
        <source>最近一批</source>
        <translation>Latest batch</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="122"/>
        <source>还没有</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="123"/>
        <source>上报件</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="143"/>
        <source>{0}（{1}），{2} 登记</source>
        <translation>{0} ({1}), registered {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="146"/>
        <source>（未分类）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/township/village_page.py" line="150"/>
        <source>隔离的包（{0}）</source>
        <translation>Quarantined ({0})</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="33"/>
        <source>（未持证）</source>
        <translation> (not certified)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="41"/>
        <source>上午</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="41"/>
        <source>下午</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="41"/>
        <source>晚上</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="46"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="55"/>
        <source>登记走访</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="56"/>
        <source>网格员</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="56"/>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="56"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="57"/>
        <source>时段</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="57"/>
        <source>走访的户（本周未走访的在前）</source>
        <translation>Households visited (this week&apos;s unvisited first)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="58"/>
        <source>同行人员</source>
        <translation>Accompanied by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="58"/>
        <source>发现的问题</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="59"/>
        <source>情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="59"/>
        <source>当场解决</source>
        <translation>Solved on the spot</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/visit_dialog.py" line="60"/>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>VisitFrequencyPanel</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="21"/>
        <source>GridDesk 的默认值：严重精神障碍患者每周走访一次，其他重点人群每月一次。请主任按本地规定调整；0 表示不单独提醒，只随每周入户走访。</source>
        <translation>GridDesk&apos;s defaults: a person with a severe mental disorder is visited weekly, the other key groups monthly. The director adjusts them to local rules; 0 means no reminder of its own, only the weekly household round.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="26"/>
        <source>重点人群</source>
        <translation>Key groups</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="26"/>
        <source>每几天走访一次</source>
        <translation>Visit every</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="26"/>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="30"/>
        <source>保存走访频次</source>
        <translation>Save frequencies</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="46"/>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="55"/>
        <source>不单独提醒</source>
        <translation>No reminder of its own</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="46"/>
        <source>{0} 天</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="56"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="76"/>
        <source>已保存 {0} 项。</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/visit_frequency_panel.py" line="76"/>
        <source>没有改动。</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="45"/>
        <source>走访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="46"/>
        <source>规定：网格员每周至少把本网格的每一户走访一遍。下表是近 12 周各网格走访到的户数；绿色为全部走访，黄色为八成以上，红色为不足八成。</source>
        <translation>The rule: grid members visit every household of their grid at least once a week. The table shows the households visited per grid over the last 12 weeks: green all, yellow over 80%, red below.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="49"/>
        <source>登记走访…</source>
        <translation>Log a visit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="62"/>
        <source>本周还没走访的户（选中一个网格）</source>
        <translation>Households not yet visited this week (select a grid)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="75"/>
        <source>转为案件…</source>
        <translation>Make a case…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="80"/>
        <source>走访发现、尚未转为案件的问题（选中一条，转为案件）</source>
        <translation>Problems found on visits and not yet made into cases (select one to make it a case)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="87"/>
        <source>到了走访时间的重点人群（各类人群的走访频次由主任在“设置”中规定）</source>
        <translation>Key-group members whose visit is due (the director sets each group&apos;s frequency in Settings)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="92"/>
        <source>每周覆盖</source>
        <translation>Weekly coverage</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="93"/>
        <source>周汇报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="94"/>
        <source>走访发现</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="95"/>
        <source>重点人群待走访</source>
        <translation>Key groups due</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="109"/>
        <source>本周 {0}</source>
        <translation>This week {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="118"/>
        <source>{0} 那一周：{1} 户中走访了 {2} 户</source>
        <translation>Week of {0}: {2} of {1} households visited</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="135"/>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="136"/>
        <source>{0}（{1}）上次走访：{2}</source>
        <translation>{0} ({1}), last visited: {2}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="137"/>
        <source>走访发现（{0}）</source>
        <translation>Findings ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="138"/>
        <source>重点人群待走访（{0}）</source>
        <translation>Key groups due ({0})</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="174"/>
        <source>{0}：本周还有 {1} 户没走访</source>
        <translation>{0}: {1} households not yet visited this week</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/visits_page.py" line="177"/>
        <source>（上周也未走访）</source>
        <translation> (also missed last week)</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="36"/>
        <source>不在花名册上的直接写名字</source>
        <translation>Not on the roster: just write the name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="39"/>
        <source>输入姓名或拼音，在花名册中查找</source>
        <translation>Type a name or its pinyin to find them on the roster</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="59"/>
        <source>在册（取消勾选表示已不再参与）</source>
        <translation>Active (untick when they no longer take part)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="61"/>
        <source>编辑志愿者</source>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="61"/>
        <source>登记志愿者</source>
        <translation>Register volunteer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="62"/>
        <source>从花名册选</source>
        <translation>From the roster</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="63"/>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="63"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="63"/>
        <source>所在网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="64"/>
        <source>做什么</source>
        <translation>What they do</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="64"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="64"/>
        <source>参与日期</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="66"/>
        <source>微格员从“五老”和热心居民中选；信息员、楼栋长等报送民情线索（DB3208/T 200 6.2、7.2）。</source>
        <translation>Micro-grid members come from the &quot;five elders&quot; and willing residents; information officers and building heads pass on what they hear (DB3208/T 200 6.2, 7.2).</translation>
    </message>
</context>
<context>
    <name>VolunteerKind</name>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="22"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="23"/>
        <source>微格员</source>
        <translation>Micro-grid member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="24"/>
        <source>信息员</source>
        <translation>Information officer</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/dialogs/volunteer_dialog.py" line="25"/>
        <source>五老</source>
        <translation>&quot;Five elders&quot;</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="45"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="45"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="45"/>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="61"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="45"/>
        <source>做什么</source>
        <translation>What they do</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="45"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="46"/>
        <source>参与日期</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="46"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="46"/>
        <source>报送条数</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="48"/>
        <source>登记…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="49"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="50"/>
        <source>查看完整电话…</source>
        <translation>Show full phone…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="56"/>
        <source>志愿者、微格员、信息员和“五老”登记册</source>
        <translation>Register of volunteers, micro-grid members, information officers and &quot;five elders&quot;</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="61"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="61"/>
        <source>报送人</source>
        <translation>Passed on by</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="61"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="62"/>
        <source>转为事件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="63"/>
        <source>登记报送的信息…</source>
        <translation>Record information…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="64"/>
        <source>转为事件…</source>
        <translation>Make a case…</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="68"/>
        <source>报送的民情信息</source>
        <translation>Information passed on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="96"/>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="96"/>
        <source>已退出</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="103"/>
        <source>已转，案件 {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="116"/>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="132"/>
        <source>请先选中一位。</source>
        <translation>Select someone first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="134"/>
        <source>查看完整电话</source>
        <translation>Show full phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="134"/>
        <source>写明查看的理由；这次查看会记入操作日志。</source>
        <translation>Give the reason; this view goes on the audit log.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="142"/>
        <source>完整电话</source>
        <translation>Full phone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="153"/>
        <source>请先在下方选中一条信息。</source>
        <translation>Select a piece of information below first.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="156"/>
        <source>这条信息已经转为事件了。</source>
        <translation>This information has already become a case.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/volunteers_tab.py" line="165"/>
        <source>事件会带上这条信息的网格和报送人，从“问题上报”开始办理。</source>
        <translation>The case takes the grid and the person who passed it on, and starts at &quot;reported&quot;.</translation>
    </message>
</context>
<context>
    <name>WechatNotice</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/wechat_notice.py" line="16"/>
        <source>查看各户进群情况</source>
        <translation>See the households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/wechat_notice.py" line="19"/>
        <source>{0} {1}%（{2}/{3} 户）</source>
        <translation>{0} {1}% ({2}/{3} households)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/wechat_notice.py" line="21"/>
        <source>微信群一户一代表未达 {0}% 的网格：{1}。</source>
        <translation>Grids below {0}% of households in the WeChat group: {1}.</translation>
    </message>
</context>
<context>
    <name>WechatTab</name>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="38"/>
        <source>全部勾选</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="40"/>
        <source>保存勾选</source>
        <translation>Save ticks</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="46"/>
        <source>设为提示线</source>
        <translation>Set as threshold</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="49"/>
        <source>已进群</source>
        <translation>In group</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="49"/>
        <source>户号</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="49"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="49"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="50"/>
        <source>进群代表</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="50"/>
        <source>进群日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="55"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="58"/>
        <source>新勾选的进群日期</source>
        <translation>Joined on (new ticks)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="65"/>
        <source>每户至少一名代表进入本网格微信群（一户一代表）。勾选已进群的户，代表不是户主的请改写姓名，再点“保存勾选”；取消勾选即记为未进群。</source>
        <translation>At least one person per household in the grid&apos;s WeChat group. Tick the households that have joined, change the name when the representative is not the head, then Save ticks; untick to record one as not in the group.</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="101"/>
        <source>微信群覆盖 {0}%：{1} 户中 {2} 户有代表进群（提示线 {3}%）</source>
        <translation>WeChat coverage {0}%: {2} of {1} households in the group (threshold {3}%)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/pages/wechat_tab.py" line="147"/>
        <source>没有改动。</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>WeekReport</name>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="28"/>
        <source>‹ 上一周</source>
        <translation>‹ Previous week</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="29"/>
        <source>下一周 ›</source>
        <translation>Next week ›</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="39"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="39"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="39"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="39"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="39"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="40"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="40"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="41"/>
        <source>网格员</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="41"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="41"/>
        <source>走访次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="41"/>
        <source>走访户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="42"/>
        <source>发现问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="42"/>
        <source>当场解决</source>
        <translation>Solved on the spot</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="42"/>
        <source>转为案件</source>
        <translation>Made cases</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="43"/>
        <source>日志工时</source>
        <translation>Log hours</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="43"/>
        <source>日志发现</source>
        <translation>Log: found</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="43"/>
        <source>日志当场解决</source>
        <translation>Log: solved on the spot</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="43"/>
        <source>日志上报</source>
        <translation>Log: reported</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="44"/>
        <source>缺日志（天）</source>
        <translation>Days without a log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="63"/>
        <source>{0} 至 {1}：{2} 名网格员中 {3} 名有走访；数字为当天走访的户数，√ ○ 无 退 缺 为当天民情日志的状态</source>
        <translation>{0} to {1}: {3} of {2} grid members visited; the numbers are households visited that day, √ ○ N R M the state of that day&apos;s log</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="69"/>
        <source>{0} 等 {1} 个网格</source>
        <translation>{0} and others ({1} grids)</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="73"/>
        <source>无</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="73"/>
        <source>退</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="74"/>
        <source>缺</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/widgets/week_report.py" line="77"/>
        <source>全村</source>
        <translation>Whole village</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="13"/>
        <source>建立中心</source>
        <translation>Centre set up</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="14"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="15"/>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="16"/>
        <source>登录失败记录被改动</source>
        <translation>Failed-login record altered</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="17"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="18"/>
        <source>锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="19"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="20"/>
        <source>使用恢复密钥</source>
        <translation>Recovery key used</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="21"/>
        <source>新增账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="22"/>
        <source>停用账号</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="23"/>
        <source>恢复账号</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="24"/>
        <source>删除账号</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="25"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="26"/>
        <source>更换数据密钥</source>
        <translation>Data key changed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="27"/>
        <source>修改设置</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="28"/>
        <source>数据库升级</source>
        <translation>Database upgraded</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="29"/>
        <source>修改数据</source>
        <translation>Data changed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="30"/>
        <source>查看敏感信息</source>
        <translation>Sensitive data viewed</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="31"/>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="32"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="33"/>
        <source>校验审计日志</source>
        <translation>Audit log checked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="34"/>
        <source>读取审计链头</source>
        <translation>Read the audit chain head</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="35"/>
        <source>审计链改为 SM3 哈希链</source>
        <translation>Audit chain converted to an SM3 hash chain</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="36"/>
        <source>生成演示数据</source>
        <translation>Demo data generated</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="37"/>
        <source>越权操作被拒绝</source>
        <translation>Refused: not permitted for the role</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="38"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="39"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="40"/>
        <source>检查数据库</source>
        <translation>Database checked</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="41"/>
        <source>准许未持证人员临时上岗</source>
        <translation>Uncertified member allowed once</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="57"/>
        <source>主任</source>
        <translation>Director</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="58"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="60"/>
        <source>网格员</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="61"/>
        <source>审计员</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="70"/>
        <source>流动人口</source>
        <translation>Floating population</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="71"/>
        <source>留守儿童</source>
        <translation>Left-behind children</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="72"/>
        <source>留守妇女</source>
        <translation>Left-behind women</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="73"/>
        <source>留守老人</source>
        <translation>Left-behind elderly</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="74"/>
        <source>独居老人</source>
        <translation>Elderly living alone</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="75"/>
        <source>残疾人</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="76"/>
        <source>困难家庭</source>
        <translation>Families in difficulty</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="77"/>
        <source>低保</source>
        <translation>Minimum subsistence</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="78"/>
        <source>严重精神障碍患者</source>
        <translation>Severe mental disorder</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="79"/>
        <source>刑满释放人员</source>
        <translation>Released from prison</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="80"/>
        <source>社区矫正对象</source>
        <translation>Community correction</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="81"/>
        <source>解除社区矫正人员</source>
        <translation>People released from community correction</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="82"/>
        <source>吸毒人员</source>
        <translation>Drug users</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="83"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="59"/>
        <location filename="../../gridDesk/ui/words.py" line="92"/>
        <source>网格长</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="93"/>
        <source>专职网格员</source>
        <translation>Full-time grid member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="94"/>
        <source>兼职网格员</source>
        <translation>Part-time grid member</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="95"/>
        <source>网格辅助员</source>
        <translation>Grid assistant</translation>
    </message>
    <message>
        <location filename="../../gridDesk/ui/words.py" line="96"/>
        <source>微格员</source>
        <translation>Micro-grid member</translation>
    </message>
</context>
</TS>
