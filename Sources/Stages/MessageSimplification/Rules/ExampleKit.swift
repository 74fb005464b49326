import LaunchKitCore

/// The small kit every rule example runs against: four buyer personas of a cloud security launch
/// (reading levels 12, 14, none and 10), and a glossary with an acronym that has plain wording
/// (CNAPP), acronyms with only an expansion (CSPM, SBOM), a phrase (shift left), a term with
/// neither (east-west traffic) and terms everyone knows (AWS, SOC 2).
public enum ExampleKit {
    public static let personas: [BuyerPersona] = [
        BuyerPersona(id: "ciso", name: "Chief information security officer", readingLevel: 12, jargonOK: ["SIEM"]),
        BuyerPersona(id: "cloud-architect", name: "Cloud architect", readingLevel: 14, jargonOK: ["IaC", "CIEM"]),
        BuyerPersona(id: "devops-lead", name: "DevOps lead"),
        BuyerPersona(id: "cfo", name: "Chief financial officer", readingLevel: 10),
    ]

    public static let glossary = Glossary([
        Glossary.Term(term: "CNAPP", expansion: "cloud-native application protection platform", plain: "cloud security platform", personas: ["cloud-architect"]),
        Glossary.Term(term: "CSPM", expansion: "cloud security posture management", personas: ["cloud-architect", "ciso"]),
        Glossary.Term(term: "SBOM", expansion: "software bill of materials", personas: ["devops-lead"]),
        Glossary.Term(term: "shift left", plain: "catch problems before release", personas: ["devops-lead"]),
        Glossary.Term(term: "east-west traffic", personas: ["cloud-architect"]),
        Glossary.Term(term: "AWS", expansion: "Amazon Web Services", everyone: true),
        Glossary.Term(term: "SOC 2", everyone: true),
    ])
}
