import GapMatrix

extension BriefStrings {
    /// La note en français.
    public static let french = BriefStrings(
        title: "{study} : note pour la réunion",
        intro: "Cette note couvre {units} pays {ref} et les thèmes de l'étude ; les valeurs utilisées datent de {years} {ref2}. "
            + "Chaque phrase est un modèle rempli à partir des résultats calculés de l'étude.",
        citations: "Un crochet tel que [F1] après un nombre désigne la ligne de brief_figures.csv, dans ce dossier, qui contient ce "
            + "nombre et indique de quelles lignes de quel fichier CSV il est calculé. Les nombres gardent le point comme séparateur "
            + "décimal dans toutes les langues, afin de se lire exactement comme dans les fichiers CSV.",
        bearsOn: "Les recommandations du Forum émanent de sa présidence, des rapporteurs et de la société civile ; les États ne les ont "
            + "pas adoptées. Une recommandation porte sur un thème ; ce n'est jamais un engagement auquel un État manquerait. Un état "
            + "de suivi qu'aucune source ne publie est indiqué comme inconnu.",
        themeHeading: "{code} : {name}",
        coverage: "Les données suffisent pour juger {judged} pays sur ce thème {ref} ; les valeurs utilisées datent de {years} {ref2}.",
        yearRange: "{from}-{to}",
        noYears: "(aucune valeur)",
        regionHeader: "Région",
        roleHeader: "Rôle",
        judgedHeader: "Pays jugés",
        yearsHeader: "Valeurs de",
        noRegion: "sans région",
        judgedCell: "{n} sur {of}",
        roleNames: [.origin: "pays d'origine", .destination: "pays de destination"],
        gapClasses: "Classes de lacunes (pays) : {list}.",
        gapClassItem: "{name} {n} {ref}",
        gapClassNames: [.dataGap: "lacune de données", .policyNoPractice: "lacune de politique sans pratique documentée",
                        .policyUnevaluated: "lacune de politique avec pratique non évaluée",
                        .policyEvaluated: "lacune de politique avec pratique évaluée",
                        .outcomeGap: "lacune de résultats", .evidenceGap: "lacune de preuves", .noGap: "pas de lacune"],
        missing: "Indicateurs présentant la plus grande lacune d'information : {list}.",
        missingItem: "{name} ({code}), sans valeur pour {n} pays {ref}",
        noMissing: "Chaque indicateur de ce thème a une valeur partout où il s'applique et où sa source porte.",
        practices: "Pratiques documentées sur ce thème : {n} {ref}, dont évaluées : {e} {ref2}.",
        practicesFromAgreements: "Parmi ces pratiques, accords bilatéraux de main-d'œuvre signés dans la fenêtre de l'étude qui "
            + "mentionnent un domaine rattaché à ce thème (données des accords, jamais évalués) : {n} {ref}.",
        namedPractices: "Parmi elles : {list}.",
        learning: "Paires d'apprentissage (un pays présentant une lacune de politique ou de résultats et un pair qui fait mieux et "
            + "partage un rôle) : {n} {ref}.",
        namedPairs: "Par exemple : {list}.",
        pair: "{unit} avec {peer} {ref}",
        corridorsHeading: "Corridors sans accord",
        corridors: "Sur les {of} paires de pays que compte la matrice des lacunes de partenariat par corridor (reliées par assez de "
            + "migrants, dans les deux sens), {n} n'ont aucun accord bilatéral de main-d'œuvre dans la liste de Chilton et Woda : aucun "
            + "recensé jusqu'en {through} {ref}. Les paires d'un régime de libre circulation sont signalées à part et jamais comptées "
            + "ici ; un accord absent de la liste peut néanmoins exister.",
        namedCorridors: "Les plus grands, par migrants dans les deux sens (stocks du DAES de l'ONU, qui incluent les réfugiés) : {list}.",
        corridorItem: "{a} et {b}, {migrants} en {year} {ref}",
        corridorsNone: "Corridors sans accord : l'étude ne recense aucun accord par corridor ; les plus grands corridors sans accord "
            + "enregistré ne peuvent donc pas être listés.",
        recommendations: "Recommandations du Forum qui portent sur ce thème : {n} {ref} ; actions de suivi dont l'état n'est pas "
            + "publié : {unknown} {ref2}.",
        recommendationHeader: ["Recommandation", "Nature", "Selon le registre", "Suivi", "Chiffre"],
        kindNames: ["policy": "politique", "process": "processus"],
        statusNames: [.proposed: "proposée", .underWay: "en cours", .done: "réalisée", .dropped: "abandonnée",
                      .unknown: "inconnu (non publié)"],
        noAction: "aucune action enregistrée",
        noRecommendations: "Aucune recommandation du registre ne porte sur ce thème.",
        noRegister: "L'étude ne désigne aucun registre de recommandations ; aucune recommandation n'est donc liée à ce thème.",
        changes: "Changements au-delà du bruit depuis l'édition précédente : {n} {ref}.",
        changed: "Les plus grands : {list}.",
        changeItem: "{unit}, de {before} à {after} {ref}",
        noDiff: "Aucune édition précédente n'est comparée ; aucun changement depuis la dernière évaluation n'est donc indiqué.",
        colourNames: [.green: "vert", .yellow: "jaune", .orange: "orange", .red: "rouge", .grey: "non noté"],
        questionsHeading: "Questions pour la table ronde",
        questionData: "- Collecte de données : comment couvrir, avant la prochaine réunion, les {n} pays dont les données sont trop "
            + "minces pour juger ce thème {ref} ?",
        questionDataIndicator: "- Collecte de données : comment couvrir, avant la prochaine réunion, les {n} pays dont les données "
            + "sont trop minces pour juger ce thème {ref}, en commençant par {indicator} {ref2} ?",
        questionPolicy: "- Pratiques : quelles pratiques existent dans les {n} pays présentant une lacune de politique sans pratique "
            + "documentée {ref}, et qui pourrait les documenter ?",
        questionEvaluation: "- Évaluation : qui pourrait évaluer les pratiques des {n} pays présentant une lacune de politique dont "
            + "la pratique n'est pas évaluée {ref} et des {m} présentant une lacune de preuves {ref2} ?",
        questionOutcome: "- Résultats : pour les {n} pays dont les résultats sont rouges ou orange sans insuffisance de politique "
            + "{ref}, qu'est-ce qui, au-delà de la politique migratoire, les explique ?",
        questionLearning: "- Apprentissage entre pairs : les paires citées ci-dessus accepteraient-elles un échange, et de quoi "
            + "aurait-il besoin ?",
        questionFollowUp: "- Suivi : qu'a-t-on fait au sujet de {ids}, dont l'état de suivi n'est pas publié ?",
        questionNone: "- Aucune classe de lacune de ce thème ne soulève de question : quel indicateur la table ronde ajouterait-elle "
            + "pour le vérifier ?",
        proposalsHeading: "Propositions de suivi",
        proposal: "- {id} : {action} Chef de file : {lead} ; partenaires : {partners} ; échéance : {due} {ref} ; état : {status}.",
        notRecorded: "non enregistré",
        noProposals: "Le registre de suivi ne recense aucune action proposée ou en cours sur les recommandations portant sur ce thème.",
        noFollowUpRegister: "L'étude ne désigne aucun registre de suivi.",
        limitationsHeading: "Limites",
        limitStale: "Valeurs plus anciennes que la limite d'ancienneté de l'étude : {n} sur {of} valeurs utilisées {ref}.",
        limitUnstable: "Cellules de lacune qui changent de classe dans plus d'un cinquième des réplications de l'analyse "
            + "d'incertitude : {n} sur {of} {ref}.",
        limitUnknown: "Actions de suivi sans état publié : {n} sur {of} {ref} ; elles sont indiquées comme inconnues, non comme "
            + "des échecs.",
        limitRegisters: "Les registres des pratiques, des recommandations et du suivi sont des amorces, non des recensements : une "
            + "entrée absente signifie qu'aucune n'a été trouvée, non qu'aucune n'existe.",
        limitNotImputed: "Rien n'est imputé : une valeur qu'aucune source ne donne reste vide et compte pour une lacune de données.",
        limitImputed: "Certaines valeurs sont imputées ; elles ne comptent pas dans la couverture.",
        limitSnapshots: "Les sources qui sont un instantané unique ne peuvent pas montrer de changement : {codes}.",
        limitDataGap: "Une lacune de données indique que trop peu des indicateurs applicables d'un thème ont une valeur pour juger "
            + "le pays, non que sa politique fait défaut.",
        limitTexts: "Les recommandations sont données dans les termes du registre, en anglais, tels qu'il les consigne.",
        listSeparator: " ; ")
}
