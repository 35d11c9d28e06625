"""Cases: the six steps, the flows, approvals and the public notice."""

ENTRIES = {
    "transition_refused": ("现在不能进行这一步。", "This step cannot be taken now."),
    "approval_refused": ("现在不能登记这个审批环节。", "This approval step cannot be recorded now."),
}
