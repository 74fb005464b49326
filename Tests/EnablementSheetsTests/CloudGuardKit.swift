import LaunchKitCore

/// The CloudGuard 2.0 kit as persona-import and message-simplification would leave it, written by
/// hand until their example files are on main. Content is what a product marketer would write, so
/// the golden sheets can be read as a rep would read them.
enum CloudGuardKit {
    static let release = Release(
        product: "CloudGuard", version: "2.0", date: CalendarDate(year: 2026, month: 12, day: 1)!, tier: 1,
        pitch: "CloudGuard 2.0 finds the cloud risks that matter and shows your team how to fix them, in one place.",
        highlights: [
            "One view of risk across AWS, Azure and Google Cloud accounts",
            "Attack-path analysis that ranks the few issues an attacker could chain together",
            "Fix guidance that opens a ticket in Jira or ServiceNow with the exact change to make",
            "New per-workload pricing for teams that start small",
        ])

    static let buyers: [BuyerPersona] = [
        BuyerPersona(
            id: "ciso", name: "Security leader", title: "CISO or VP of Security", roleInPurchase: .decisionMaker,
            priorityInitiatives: [
                "Cut the cloud risk the board asks about every quarter",
                "Consolidate security tools after years of one-off purchases",
                "Show progress on cloud risk with numbers, not anecdotes",
            ],
            successFactors: ["Fewer critical findings open at quarter end", "One report for the board instead of three"],
            perceivedBarriers: [
                "Worries that another tool adds alerts, not fixes",
                "Already pays for cloud-native tools through enterprise agreements",
            ],
            decisionCriteria: ["Coverage of all three clouds", "Time to value under 30 days"],
            measuredBy: ["Open critical findings", "Audit results"],
            discoveryQuestions: [
                "How do you report cloud risk to the board today?",
                "How many security tools does your team run for the cloud, and which ones overlap?",
                "When a critical cloud finding comes in, how long until it is fixed?",
            ]),
        BuyerPersona(
            id: "cloud-architect", name: "Cloud platform architect", title: "Principal cloud architect", roleInPurchase: .influencer,
            priorityInitiatives: [
                "Keep landing zones secure as teams add accounts every week",
                "Give application teams guardrails instead of tickets",
            ],
            perceivedBarriers: ["Has been burned by agents that slowed workloads down"],
            discoveryQuestions: [
                "How many cloud accounts and subscriptions did your teams add last quarter?",
                "What stops a team from opening a storage bucket to the internet today?",
            ]),
        BuyerPersona(
            id: "devsecops-lead", name: "DevSecOps lead", title: "DevSecOps or application security lead", roleInPurchase: .user,
            priorityInitiatives: ["Stop the flood of findings that developers ignore"],
            perceivedBarriers: ["Expects yet another dashboard nobody on the dev teams opens"],
            discoveryQuestions: ["Which findings did your developers close last sprint, and which did they push back on?"]),
    ]

    static let channels: [ChannelPersona] = [
        ChannelPersona(
            id: "field-sales", name: "Field sales", channel: "Direct field sales",
            salesStyle: "Enterprise deals led by an account executive with a sales engineer",
            measuredBy: ["New annual recurring revenue against quarterly quota", "Share of multi-year deals"],
            motivations: [
                "A 1.5x accelerator on 2.0 deals closed in the first two quarters",
                "Bigger deals: attack-path analysis opens a meeting with the CISO",
            ],
            changesAsked: [
                "Sell to the CISO, not only to the cloud team",
                "Lead with attack paths instead of compliance dashboards",
                "Quote per-workload pricing instead of per-account pricing",
            ],
            toolsNeeded: [
                "Attack-path demo environment with all three clouds connected",
                "Per-workload pricing calculator in the quoting tool",
                "Two-hour CISO conversation workshop, live on 2026-11-17",
            ],
            objections: [
                "Per-workload pricing makes my first-year deal smaller",
                "A meeting with the CISO is harder to get than one with the cloud team",
            ],
            contact: "Maya Chen, sales enablement (#cloudguard-launch on Slack)"),
        ChannelPersona(
            id: "msp-partners", name: "MSP partners", channel: "Managed service providers",
            salesStyle: "Adds CloudGuard to managed cloud contracts and bills customers monthly",
            measuredBy: ["Monthly recurring revenue per managed customer", "Customers on a managed security tier"],
            motivations: [
                "Per-workload pricing matches how MSPs bill their own customers",
                "One multi-tenant console for every customer's clouds",
                "Partner margin rises from 20 to 25 percent on 2.0",
            ],
            changesAsked: [
                "Move customers from the 1.x per-account plan to per-workload pricing at renewal",
                "Offer attack-path reviews as a paid monthly service",
            ],
            toolsNeeded: [
                "Migration guide for 1.x customers in the partner portal",
                "CloudGuard 2.0 Associate certification: two hours, online",
            ],
            objections: ["Moving customers to a new plan mid-contract means extra paperwork"],
            contact: "Jordan Alvarez, partner channel manager (partners@cloudguard.example)"),
    ]

    static let messages: [Message] = [
        Message(
            id: "unified-risk", feature: "One view of risk",
            text: "CloudGuard 2.0 leverages a unified CNAPP data model to deliver holistic visibility across multi-cloud estates.",
            benefit: "Your team stops switching between three consoles to answer one question.",
            proof: "Design partners retired an average of two cloud security tools in their first quarter.",
            personas: ["ciso", "cloud-architect"],
            rewrite: "CloudGuard 2.0 shows the risks in your AWS, Azure and Google Cloud accounts in one place."),
        Message(
            id: "attack-paths", feature: "Attack-path analysis",
            text: "Proprietary graph analytics may help surface toxic combinations of misconfigurations.",
            benefit: "Your team fixes the 20 issues that matter instead of triaging 2,000.",
            proof: "Design partners cut open critical findings by 74 percent in 60 days.",
            personas: ["ciso", "devsecops-lead"],
            rewrite: "CloudGuard 2.0 ranks the few issues an attacker could chain together to reach your data."),
        Message(
            id: "guided-fixes", feature: "Fix guidance",
            text: "Every finding opens a Jira or ServiceNow ticket with the exact change to make.",
            benefit: "Developers get a fix they can apply, not a finding they have to research.",
            proof: "At design partners, the median time to fix a critical finding fell from 19 days to 4.",
            personas: ["devsecops-lead", "cloud-architect"]),
        Message(
            id: "per-workload-pricing", feature: "Per-workload pricing",
            text: "Pay for the workloads you protect, starting at 50.",
            benefit: "Start with one team and grow without a new contract.",
            personas: ["ciso"]),
        Message(
            id: "msp-margin", feature: "Partner margin",
            text: "Per-workload pricing bills the way you bill your customers, and partner margin rises to 25 percent.",
            channel: "msp-partners"),
    ]

    /// The kit before enablement-sheets runs (competitors come from the example's competitors.yml).
    static var kit: Kit {
        var kit = Kit(release: release)
        kit.buyerPersonas = buyers
        kit.channelPersonas = channels
        kit.messages = messages
        return kit
    }
}
