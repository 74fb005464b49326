import LaunchKitCore

extension BuyerPersona.RoleInPurchase {
    /// Reads a role as people write it in a persona file or a CRM: `decision maker`,
    /// `Decision-Maker`, `Economic buyer`, `budget holder`, `end user`.
    init?(spoken text: String) {
        switch PersonaField.compact(text) {
        case "decisionmaker", "finaldecisionmaker", "decider": self = .decisionMaker
        case "economicbuyer", "budgetholder", "budgetowner": self = .economicBuyer
        case "influencer", "technicalinfluencer", "evaluator", "technicalevaluator": self = .influencer
        case "user", "enduser": self = .user
        case "blocker", "gatekeeper", "detractor": self = .blocker
        case "champion", "coach", "internalchampion": self = .champion
        default: return nil
        }
    }
}
