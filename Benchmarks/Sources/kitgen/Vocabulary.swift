/// Word pools for a cloud security product's launch kit. The generator combines them so messages
/// read like real launch copy, good and bad: plain claims next to jargon, hedges ("may help"),
/// buzzwords ("best-in-class"), passive voice and run-on sentences, the things message
/// simplification is there to flag. Keeping real-looking text matters: the readability and
/// style engines spend their time on words, sentences and matches, so random letters would
/// measure something else.
enum Vocabulary {
    static let features = [
        "Attack-path analysis", "Unified risk view", "Fix guidance", "Per-workload pricing", "Agentless scanning",
        "Identity risk map", "Secrets detection", "Container image scanning", "Kubernetes posture checks",
        "Compliance reports", "Drift alerts", "Exposure scoring", "Runtime protection", "Data discovery",
        "Ticket integration", "Policy as code", "Cloud inventory", "Malware scanning", "Network exposure map",
        "Least-privilege advisor", "Vulnerability prioritisation", "Audit evidence export", "Shift-left checks",
        "API security posture", "Serverless scanning", "Multi-account onboarding", "Risk trends dashboard",
    ]

    static let subjects = [
        "CloudGuard", "CloudGuard 2.0", "The new release", "Our platform", "The attack-path engine",
        "The risk view", "Fix guidance", "The scanner", "Every plan", "The policy engine",
    ]

    static let verbs = [
        "finds", "ranks", "shows", "maps", "flags", "explains", "tracks", "scans", "groups", "checks",
        "connects", "highlights", "measures", "blocks", "reports",
    ]

    static let objects = [
        "the risks that matter across AWS, Azure and Google Cloud accounts",
        "the few issues an attacker could chain together",
        "every public bucket and open port in one list",
        "the exact change that closes an exposure",
        "identities that hold more access than they use",
        "secrets left in code, images and build logs",
        "misconfigured clusters before they reach production",
        "which workloads hold sensitive customer data",
        "drift from the approved baseline within minutes",
        "the owner of each issue and how long it has been open",
        "vulnerable packages that are actually loaded at run time",
        "the audit evidence your assessor asks for",
        "every new account as soon as it is created",
        "risky changes in pull requests before they merge",
    ]

    static let plainBenefits = [
        "Your team fixes the handful of problems that matter instead of chasing thousands of alerts.",
        "Security and engineering agree on what to fix first.",
        "Audits take days instead of weeks.",
        "You stop paying for agents you have to install and patch.",
        "New teams start small and pay only for what they protect.",
        "Engineers get a ticket with the change to make, not a vague warning.",
        "You can show the board that risk is going down, month by month.",
        "Fewer tools to buy, run and train people on.",
        "Incidents are caught while they are still cheap to fix.",
        "Developers fix issues in the code they already work on.",
    ]

    static let proofs = [
        "Beta customers closed 62% of critical issues within two weeks.",
        "A retail customer cut open alerts from 14,000 to 300.",
        "Rated a leader by three analyst firms in 2026.",
        "Scans 10,000 workloads in under an hour with no agents.",
        "Used by 4 of the 10 largest US banks.",
        "SOC 2 Type II and ISO 27001 certified.",
        "Median time to first finding: 11 minutes after connecting an account.",
        "A healthcare customer passed its HITRUST audit with no findings on cloud controls.",
    ]

    static let hedges = [
        "may help", "can potentially help", "might help", "could possibly help", "is designed to help", "aims to help",
        "should generally help",
    ]

    static let buzzwords = [
        "best-in-class", "next-generation", "world-class", "cutting-edge", "seamless", "synergistic", "game-changing",
        "industry-leading", "holistic", "revolutionary", "robust",
    ]

    static let buzzVerbs = ["leverage", "utilize", "empower", "streamline", "operationalize", "synergize", "optimize"]

    static let passiveClauses = [
        "risk is reduced by the platform",
        "alerts are grouped and ranked automatically",
        "fixes are suggested for each finding",
        "evidence is collected continuously",
        "policies are enforced at deploy time",
        "accounts are onboarded without agents",
    ]

    static let connectors = [
        "and", "while", "so that", "because", "which means", "even when", "as long as",
    ]

    /// Real acronyms of the field, with expansion and plain wording.
    static let realTerms: [(term: String, expansion: String, plain: String)] = [
        ("CNAPP", "cloud-native application protection platform", "cloud security platform"),
        ("CSPM", "cloud security posture management", "cloud settings checks"),
        ("CIEM", "cloud infrastructure entitlement management", "cloud access review"),
        ("CWPP", "cloud workload protection platform", "workload protection"),
        ("KSPM", "Kubernetes security posture management", "Kubernetes settings checks"),
        ("SBOM", "software bill of materials", "list of software parts"),
        ("IaC", "infrastructure as code", "cloud setup files"),
        ("SIEM", "security information and event management", "security log system"),
        ("SOAR", "security orchestration, automation and response", "security automation"),
        ("DSPM", "data security posture management", "sensitive data checks"),
        ("MTTR", "mean time to remediate", "time to fix"),
        ("RBAC", "role-based access control", "access by role"),
        ("IAM", "identity and access management", "access controls"),
        ("CVE", "common vulnerabilities and exposures", "known security flaw"),
        ("EDR", "endpoint detection and response", "laptop and server protection"),
        ("XDR", "extended detection and response", "threat detection"),
        ("SOC", "security operations center", "security team"),
        ("VPC", "virtual private cloud", "private cloud network"),
        ("KMS", "key management service", "encryption key store"),
        ("SASE", "secure access service edge", "secure remote access"),
        ("ZTNA", "zero trust network access", "secure app access"),
        ("DevSecOps", "development, security and operations", "security built into delivery"),
        ("shift-left", "checking security earlier in development", "checks before release"),
        ("attack surface", "every way into your systems", "ways in"),
        ("blast radius", "what an attacker could reach from one foothold", "how far damage spreads"),
        ("lateral movement", "an attacker moving from one system to the next", "spread between systems"),
        ("toxic combination", "several small issues that together make a serious risk", "risky mix of issues"),
        ("posture", "how securely your cloud is set up", "security settings"),
        ("runtime", "while the software is running", "while running"),
        ("workload", "a virtual machine, container or function", "cloud server or app"),
    ]

    /// Syllables and words for synthetic terms, so a 2,000-term glossary has distinct, plausible entries.
    static let termSyllables = ["clo", "sec", "vex", "ops", "dat", "ran", "kin", "tor", "mes", "lin", "qua", "zen", "bri", "pol", "gra", "fen"]
    static let expansionWords = [
        "adaptive", "analytics", "access", "baseline", "boundary", "control", "correlation", "data", "detection",
        "drift", "edge", "enforcement", "exposure", "federated", "governance", "identity", "inventory", "isolation",
        "key", "lifecycle", "management", "network", "observability", "orchestration", "policy", "posture",
        "protection", "response", "risk", "runtime", "scanning", "segmentation", "service", "signal", "supply",
        "telemetry", "threat", "trust", "verification", "workload",
    ]
    static let plainWords = [
        "checks", "alerts", "access", "settings", "files", "servers", "apps", "accounts", "keys", "logs", "reports",
        "changes", "owners", "risks", "fixes", "data",
    ]

    static let firstNames = [
        "Avery", "Jordan", "Priya", "Marcus", "Elena", "Tomás", "Aisha", "Wei", "Hannah", "Kofi", "Sofia", "Liam",
        "Noor", "Mateo", "Yuki", "Grace", "Ravi", "Chloé", "Daniel", "Fatima",
    ]
    static let lastNames = [
        "Okafor", "Lindqvist", "Chen", "Ramirez", "Novak", "Patel", "Schneider", "O'Brien", "Kowalski", "Haddad",
        "Tanaka", "Moreau", "Silva", "Nguyen", "Fischer", "Mensah",
    ]

    static let titles = [
        "Chief Information Security Officer", "VP of Cloud Engineering", "Cloud Security Architect",
        "Head of Platform Engineering", "Director of Security Operations", "DevOps Lead", "Compliance Manager",
        "Chief Technology Officer", "Site Reliability Engineer", "IT Director", "Procurement Lead",
        "Application Security Engineer", "Head of Risk", "Engineering Manager",
    ]

    static let roles = ["decision-maker", "influencer", "user", "blocker", "champion", "economic-buyer"]

    static let initiatives = [
        "Move the remaining data centre workloads to AWS by the end of next year",
        "Pass the first SOC 2 Type II audit without exceptions",
        "Cut the number of security tools the team maintains",
        "Give each product team ownership of its own cloud accounts",
        "Prove to the board that cloud risk is under control",
        "Adopt Kubernetes for every new service",
        "Reduce time spent on audit evidence by half",
        "Hire fewer specialists by automating routine checks",
    ]
    static let successFactors = [
        "A single list of what to fix first", "Fewer false alarms for the on-call engineer",
        "Evidence ready before the auditor asks", "No agents to install or patch",
        "Tickets that engineers accept without arguing", "A risk number that goes down over time",
        "Onboarding a new account in minutes", "Predictable pricing as usage grows",
    ]
    static let barriers = [
        "Worried about another dashboard nobody reads", "Burned by a tool that flooded the team with alerts",
        "Believes the cloud provider's built-in tools are enough", "Has no budget until the next fiscal year",
        "Concerned about giving a vendor read access to production", "Thinks the product is built for larger teams",
    ]
    static let criteria = [
        "Coverage of AWS, Azure and Google Cloud", "Time to value in the first week", "Quality of fix guidance",
        "Integration with Jira and ServiceNow", "Total cost over three years", "Reference customers in the same industry",
        "Data residency in the EU", "Role-based access for many teams",
    ]
    static let journey = [
        "Hears about a breach at a peer company", "Asks the team to list current cloud risks",
        "Reads analyst reports and peer reviews", "Runs a two-week proof of value", "Brings in procurement and legal",
        "Presents the business case to the CFO", "Signs a one-year contract with an option to expand",
    ]
    static let sources = [
        "Peer Slack communities", "Analyst briefings", "Vendor webinars", "Conference talks", "Security newsletters",
        "LinkedIn posts from peers", "Reddit r/netsec", "Podcasts on the commute",
    ]
    static let measures = [
        "Open critical findings", "Audit results", "Mean time to fix", "Cloud spend", "Uptime", "Engineer satisfaction",
        "Number of incidents", "Delivery speed",
    ]
    static let questions = [
        "How do you decide which cloud findings to fix first today?",
        "How many security tools does your team maintain for the cloud?",
        "When did an audit last take longer than planned, and why?",
        "Who owns a misconfiguration once it is found?",
        "How long does it take to onboard a new cloud account?",
        "What happens when a scanner reports ten thousand issues?",
    ]

    static let channelKinds = ["direct field sales", "inside sales", "reseller", "MSP", "marketplace", "systems integrator"]
    static let salesStyles = [
        "Long enterprise cycles with a technical win before the commercial one",
        "High volume, short calls, quotes on the same day",
        "Bundles security with managed cloud services",
        "Sells through cloud marketplace private offers",
        "Wraps the product in a fixed-price assessment",
    ]
    static let motivations = [
        "Quota credit on the full contract value", "Margin on services around the product",
        "A simple SKU that closes in one call", "Marketplace spend that counts toward cloud commits",
        "Recurring revenue from managed service fees",
    ]
    static let changesAsked = [
        "Sell to the platform team as well as the security team", "Quote the new per-workload price",
        "Run a two-week proof of value instead of a demo", "Explain attack paths without slides",
        "Position against the cloud provider's free tools",
    ]
    static let tools = [
        "Pricing calculator", "Recorded demo with talk track", "Proof-of-value playbook", "Battlecards",
        "Two-hour partner training", "Sandbox account with sample risks",
    ]
    static let objections = [
        "We already have the cloud provider's tools", "Another agent to deploy is a non-starter",
        "Your price is higher than the incumbent's", "We tried CSPM before and drowned in alerts",
        "Security will not let a vendor see production",
    ]

    static let competitorNames = [
        "Wizard Security", "Orca Cloud", "Prisma Shield", "Lacework Labs", "Sysdig Secure", "Aqua Nova", "Tenable Sky",
        "Uptycs One", "Sentinel Cloud", "Ermetic Edge", "Falcon Cloud", "Snyk Platform",
    ]
    static let competitorStrengths = [
        "Strong brand with security leaders", "Deep runtime visibility", "Large partner ecosystem",
        "Bundled with an existing endpoint contract", "Fast agentless onboarding", "Broad compliance framework library",
    ]
    static let competitorWeaknesses = [
        "Alerts are not ranked by exploitability", "Pricing jumps sharply above 1,000 workloads",
        "Fix guidance is generic text", "No Google Cloud support for identity analysis",
        "Requires agents for runtime data", "Reports need manual export for auditors",
    ]

    static let checklistTitles = [
        "Press release approved and scheduled", "Pricing page updated with per-workload plans",
        "Sales kickoff session recorded", "Partner portal refreshed with new battlecards",
        "Support team trained on attack-path analysis", "Documentation for fix guidance published",
        "Analyst briefings completed", "Launch blog post reviewed by legal", "Demo environment reset with sample risks",
        "Customer webinar scheduled", "Marketplace listing updated", "Release notes published",
        "Win/loss interviews summarised for sales", "Email campaign to existing customers approved",
    ]
    static let owners = [
        "Dana Whitfield (PR)", "Sam Ortega (Product Marketing)", "Lee Park (Sales Enablement)", "Ana Costa (Partners)",
        "Mia Russo (Support)", "Omar Said (Docs)", "Jules Martin (Web)",
    ]
}
