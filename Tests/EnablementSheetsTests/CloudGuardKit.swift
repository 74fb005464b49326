import LaunchKitCore

/// The CloudGuard 2.0 kit as persona-import and message-simplification leave it before
/// enablement-sheets runs: the example's personas transcribed as persona-import imports them, and
/// messages written by hand until the example's messages.yml is on main. This test target cannot run
/// the other stages (stage modules do not depend on each other), so the golden sheets are built
/// from this copy; a test checks it still matches the example's persona ids.
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

    /// Examples/CloudGuard/personas/buyers.yml as persona-import imports it.
    static let buyers: [BuyerPersona] = [
        BuyerPersona(
            id: "ciso", name: "CISO", title: "Chief Information Security Officer or VP of Security", roleInPurchase: .decisionMaker,
            priorityInitiatives: [
                "Show the board, with numbers, that cloud risk is going down",
                "Pass SOC 2 and ISO 27001 audits without a fire drill each time",
                "Cut the number of security tools after a year of budget pressure",
            ],
            successFactors: [
                "A short list of risks that matter, instead of thousands of alerts",
                "A quarterly chart for the board that shows exposure falling",
                "Fewer tools to pay for, staff and train people on",
            ],
            perceivedBarriers: [
                "Thinks CloudGuard is one more dashboard the team will not have time to read",
                "Past tools flooded the team with alerts and gave no way to fix them",
                "Doubts that a scan without agents sees what runs inside workloads",
            ],
            decisionCriteria: [
                "Finds paths an attacker could really take, not just settings that look wrong",
                "Covers AWS, Azure and Google Cloud in one place",
                "Shows results in the first week, with no agents to install",
                "Costs less than the tools it replaces",
            ],
            measuredBy: ["Critical risks open, and how long they stay open", "Audit findings", "Security spend against budget"],
            readingLevel: 10, jargonOK: ["CSPM", "CNAPP", "SOC 2", "zero trust"],
            discoveryQuestions: [
                "When the board asks how exposed you are in the cloud, what do you show them?",
                "How many of last month's critical alerts did anyone fix?",
            ],
            notes: "Rarely reads past the first paragraph. Lead with the outcome the board sees, then the proof."),
        BuyerPersona(
            id: "cloud-architect", name: "Cloud security architect", title: "Cloud Security Architect or Principal Security Engineer",
            roleInPurchase: .influencer,
            priorityInitiatives: [
                "Get one inventory of every cloud account, including the ones teams opened on their own",
                "Replace three point tools that each see part of the picture",
            ],
            successFactors: [
                "Knows which ten issues to fix this week and why",
                "Can prove to engineering teams that a finding is real before asking them to fix it",
            ],
            perceivedBarriers: [
                "Has seen security graphs that look impressive and are wrong",
                "Expects noise from identity findings without context",
            ],
            measuredBy: ["Coverage of cloud accounts", "Time from finding to fix"],
            readingLevel: 12,
            discoveryQuestions: [
                "How do you find the cloud accounts your security team does not know about yet?",
                "What did your last tool get wrong that your engineers still remember?",
            ]),
        BuyerPersona(
            id: "devops-lead", name: "DevOps lead", title: "Head of Platform Engineering or DevOps Lead", roleInPurchase: .blocker,
            priorityInitiatives: [
                "Ship faster without security tickets piling up in the backlog",
                "Keep the deploy pipeline under ten minutes",
            ],
            successFactors: ["Security findings arrive as tickets with the exact change to make", "Nothing new runs inside the clusters"],
            perceivedBarriers: [
                "Security tools slowed the pipeline before and were switched off",
                "Tickets from security rarely say what to change",
            ],
            measuredBy: ["Deploy frequency and lead time for changes", "Change failure rate"],
            readingLevel: 11,
            discoveryQuestions: ["What happens today when security finds a problem in a running workload?"]),
        BuyerPersona(
            id: "cfo", name: "CFO", title: "Chief Financial Officer or VP of Finance", roleInPurchase: .economicBuyer,
            priorityInitiatives: ["Hold software spend flat while the cloud bill grows", "Cut the number of vendors the company pays"],
            successFactors: ["Security spend that grows with cloud use, not ahead of it", "One contract that replaces two or three"],
            decisionCriteria: ["Pays back in under 12 months", "Price per workload that finance can forecast"],
            measuredBy: ["Operating margin", "Forecast accuracy for software spend"],
            readingLevel: 9),
    ]

    /// Examples/CloudGuard/personas/channels.csv as persona-import imports it with the example's columns.
    static let channels: [ChannelPersona] = [
        ChannelPersona(
            id: "field-sales", name: "Enterprise field sales", channel: "Direct field sales",
            salesStyle: "Consultative, multi-threaded deals with security and finance; six to nine month cycles",
            measuredBy: ["Annual quota on new ARR", "Accelerator above 100% of quota", "Bonus on multi-cloud deals in Q1"],
            motivations: ["Bigger deals that close in one fiscal year", "A story that gets them from the CISO to the CFO"],
            changesAsked: [
                "Sell to the CFO as well as the CISO",
                "Lead with attack paths instead of compliance checklists",
                "Quote per-workload pricing to land smaller first deals",
            ],
            toolsNeeded: [
                "Attack-path demo on a live sample account",
                "Pricing calculator for per-workload deals",
                "CFO one-pager and payback model",
            ],
            objections: ["Per-workload pricing will shrink my deal size", "I do not know how to talk to a CFO"],
            contact: "Priya Natarajan, sales enablement"),
        ChannelPersona(
            id: "resellers", name: "Value-added resellers", channel: "Reseller (VAR)",
            salesStyle: "Transactional and renewal-led; bundles CloudGuard with cloud migration services",
            measuredBy: ["Margin per deal", "Partner tier rebates"],
            motivations: ["Services revenue attached to each licence", "Deal registration that protects their work"],
            changesAsked: [
                "Position CloudGuard 2.0 as a platform, not a scanner",
                "Register deals before the first demo",
                "Sell the new Starter tier to mid-market accounts",
            ],
            toolsNeeded: ["Partner portal demo environment", "Two-hour technical certification", "Co-branded campaign kit"],
            objections: ["Margin on Starter deals is too thin", "Customers already use the free tool from their cloud provider"],
            contact: "Marco Ruiz, channel account manager",
            notes: "Top 20 partners get the certification before launch day."),
        ChannelPersona(
            id: "msp", name: "Managed service providers", channel: "MSP",
            salesStyle: "Monthly recurring services across many small customers",
            measuredBy: ["Monthly recurring revenue", "Gross margin per managed customer"],
            motivations: ["A service they can run for 50 customers from one console"],
            changesAsked: [
                "Move customers from the 1.x per-account licence to per-workload billing",
                "Offer attack-path reviews as a paid monthly service",
            ],
            toolsNeeded: ["Multi-tenant console walkthrough", "Per-workload billing export for their PSA tool"],
            contact: "Marco Ruiz, channel account manager",
            notes: "Objections still to be collected at the December partner advisory council."),
    ]

    /// Launch messages as message-simplification would leave them (written here until the example's
    /// messages.yml is on main): `rewrite` where it proposed a plainer text.
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
            proof: "Design partners cut open critical risks by 74 percent in 60 days.",
            personas: ["ciso", "cloud-architect"],
            rewrite: "CloudGuard 2.0 ranks the few issues an attacker could chain together to reach your data."),
        Message(
            id: "guided-fixes", feature: "Fix guidance",
            text: "Every finding opens a Jira or ServiceNow ticket with the exact change to make, in Terraform where it can.",
            benefit: "Engineers get a change they can apply, not a finding they have to research.",
            proof: "At design partners, the median time to fix a critical risk fell from 19 days to 4.",
            personas: ["devops-lead", "cloud-architect"]),
        Message(
            id: "no-agents", feature: "No agents",
            text: "CloudGuard reads your cloud accounts through read-only APIs, so nothing runs inside your clusters or your pipeline.",
            benefit: "Nothing slows the deploy pipeline, and there is nothing to keep up to date.",
            proof: "Every design partner was connected in under an hour.",
            personas: ["devops-lead"]),
        Message(
            id: "per-workload-pricing", feature: "Per-workload pricing",
            text: "Pay for the workloads you protect, starting at 50.",
            benefit: "Security spend grows with cloud use, and finance can forecast it.",
            personas: ["cfo", "ciso"]),
        Message(
            id: "starter-tier", feature: "Starter tier",
            text: "The new Starter tier lets you sell CloudGuard to mid-market accounts, with deal registration from the first demo.",
            channel: "resellers"),
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
