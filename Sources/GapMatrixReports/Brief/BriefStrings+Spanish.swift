import GapMatrix

extension BriefStrings {
    /// La nota en español.
    public static let spanish = BriefStrings(
        title: "{study}: nota para la reunión",
        intro: "Esta nota abarca {units} países {ref} y los temas del estudio; los valores que utiliza datan de {years} {ref2}. "
            + "Cada frase es una plantilla completada con los resultados calculados del estudio.",
        citations: "Un corchete como [F1] después de un número designa la fila de brief_figures.csv, en esta carpeta, que contiene "
            + "ese número e indica de qué filas de qué archivo CSV se calcula. Los números conservan el punto como separador decimal "
            + "en todos los idiomas, para leerse exactamente como en los archivos CSV.",
        bearsOn: "Las recomendaciones del Foro provienen de su presidencia, de los relatores y de la sociedad civil; los Estados no "
            + "las adoptaron. Una recomendación se refiere a un tema; nunca es un compromiso que un Estado incumpla. Un estado de "
            + "seguimiento que ninguna fuente publica se indica como desconocido.",
        themeHeading: "{code}: {name}",
        coverage: "Los datos bastan para evaluar {judged} países en este tema {ref}; los valores utilizados datan de {years} {ref2}.",
        yearRange: "{from}-{to}",
        noYears: "(ningún valor)",
        regionHeader: "Región",
        roleHeader: "Función",
        judgedHeader: "Países evaluados",
        yearsHeader: "Valores de",
        noRegion: "sin región",
        judgedCell: "{n} de {of}",
        roleNames: [.origin: "países de origen", .destination: "países de destino"],
        gapClasses: "Clases de brecha (países): {list}.",
        gapClassItem: "{name} {n} {ref}",
        gapClassNames: [.dataGap: "brecha de datos", .policyNoPractice: "brecha de política sin práctica documentada",
                        .policyUnevaluated: "brecha de política con práctica no evaluada",
                        .policyEvaluated: "brecha de política con práctica evaluada",
                        .outcomeGap: "brecha de resultados", .evidenceGap: "brecha de evidencia", .noGap: "sin brecha"],
        missing: "Indicadores con la mayor brecha de información: {list}.",
        missingItem: "{name} ({code}), sin valor para {n} países {ref}",
        noMissing: "Cada indicador de este tema tiene un valor dondequiera que se aplica y su fuente alcanza.",
        practices: "Prácticas documentadas en este tema: {n} {ref}, de las cuales evaluadas: {e} {ref2}.",
        practicesFromAgreements: "De esas prácticas, acuerdos bilaterales de trabajo firmados en la ventana del estudio que "
            + "mencionan un ámbito vinculado a este tema (datos de los acuerdos, nunca evaluados): {n} {ref}.",
        namedPractices: "Entre ellas: {list}.",
        learning: "Pares de aprendizaje (un país con una brecha de política o de resultados y un par que lo hace mejor y comparte "
            + "una función): {n} {ref}.",
        namedPairs: "Por ejemplo: {list}.",
        pair: "{unit} con {peer} {ref}",
        corridorsHeading: "Corredores sin acuerdo",
        corridors: "De los {of} pares de países que contiene la matriz de brechas de asociación por corredor (unidos por suficientes "
            + "migrantes, en ambos sentidos), {n} no tienen ningún acuerdo bilateral de trabajo en la lista de Chilton y Woda: ninguno "
            + "registrado hasta {through} {ref}. Los pares de un régimen de libre circulación se señalan aparte y nunca se cuentan "
            + "aquí; un acuerdo ausente de la lista puede existir igualmente.",
        namedCorridors: "Los mayores, por migrantes en ambos sentidos (stocks del DAES de la ONU, que incluyen a los refugiados): {list}.",
        corridorItem: "{a} y {b}, {migrants} en {year} {ref}",
        corridorsNone: "Corredores sin acuerdo: el estudio no registra acuerdos por corredor, por lo que no pueden enumerarse los "
            + "mayores corredores sin acuerdo registrado.",
        recommendations: "Recomendaciones del Foro que se refieren a este tema: {n} {ref}; acciones de seguimiento cuyo estado no se "
            + "ha publicado: {unknown} {ref2}.",
        recommendationHeader: ["Recomendación", "Tipo", "Según el registro", "Seguimiento", "Cifra"],
        kindNames: ["policy": "política", "process": "proceso"],
        statusNames: [.proposed: "propuesta", .underWay: "en curso", .done: "realizada", .dropped: "abandonada",
                      .unknown: "desconocido (no publicado)"],
        noAction: "ninguna acción registrada",
        noRecommendations: "Ninguna recomendación del registro se refiere a este tema.",
        noRegister: "El estudio no designa ningún registro de recomendaciones, por lo que ninguna recomendación está vinculada a "
            + "este tema.",
        changes: "Cambios más allá del ruido desde la edición anterior: {n} {ref}.",
        changed: "Los mayores: {list}.",
        changeItem: "{unit}, de {before} a {after} {ref}",
        noDiff: "No se compara ninguna edición anterior, por lo que no se indica ningún cambio desde la última evaluación.",
        colourNames: [.green: "verde", .yellow: "amarillo", .orange: "naranja", .red: "rojo", .grey: "sin calificar"],
        questionsHeading: "Preguntas para la mesa redonda",
        questionData: "- Recopilación de datos: ¿cómo cubrir, antes de la próxima reunión, los {n} países cuyos datos son demasiado "
            + "escasos para evaluar este tema {ref}?",
        questionDataIndicator: "- Recopilación de datos: ¿cómo cubrir, antes de la próxima reunión, los {n} países cuyos datos son "
            + "demasiado escasos para evaluar este tema {ref}, empezando por {indicator} {ref2}?",
        questionPolicy: "- Prácticas: ¿qué prácticas existen en los {n} países con una brecha de política sin práctica documentada "
            + "{ref}, y quién podría documentarlas?",
        questionEvaluation: "- Evaluación: ¿quién podría evaluar las prácticas de los {n} países con una brecha de política cuya "
            + "práctica no está evaluada {ref} y de los {m} con una brecha de evidencia {ref2}?",
        questionOutcome: "- Resultados: para los {n} países cuyos resultados son rojos o naranjas sin insuficiencia de política {ref}, "
            + "¿qué los explica más allá de la política migratoria?",
        questionLearning: "- Aprendizaje entre pares: ¿aceptarían los pares citados arriba un intercambio, y qué necesitaría?",
        questionFollowUp: "- Seguimiento: ¿qué se ha hecho respecto de {ids}, cuyo estado de seguimiento no se ha publicado?",
        questionNone: "- Ninguna clase de brecha de este tema plantea una pregunta: ¿qué indicador añadiría la mesa redonda para "
            + "comprobarlo?",
        proposalsHeading: "Propuestas de seguimiento",
        proposal: "- {id}: {action} Responsable: {lead}; socios: {partners}; plazo: {due} {ref}; estado: {status}.",
        notRecorded: "no registrado",
        noProposals: "El registro de seguimiento no recoge ninguna acción propuesta o en curso sobre las recomendaciones que se "
            + "refieren a este tema.",
        noFollowUpRegister: "El estudio no designa ningún registro de seguimiento.",
        limitationsHeading: "Limitaciones",
        limitStale: "Valores más antiguos que el límite de antigüedad del estudio: {n} de {of} valores utilizados {ref}.",
        limitUnstable: "Celdas de brecha que cambian de clase en más de una quinta parte de las réplicas del análisis de "
            + "incertidumbre: {n} de {of} {ref}.",
        limitUnknown: "Acciones de seguimiento sin estado publicado: {n} de {of} {ref}; se indican como desconocidas, no como "
            + "incumplimientos.",
        limitRegisters: "Los registros de prácticas, recomendaciones y seguimiento son semillas, no censos: una entrada ausente "
            + "significa que no se encontró ninguna, no que no exista.",
        limitNotImputed: "No se imputa nada: un valor que ninguna fuente da queda vacío y cuenta como brecha de datos.",
        limitImputed: "Algunos valores están imputados; no cuentan para la cobertura.",
        limitSnapshots: "Las fuentes que son una única instantánea no pueden mostrar cambios: {codes}.",
        limitDataGap: "Una brecha de datos indica que muy pocos de los indicadores aplicables de un tema tienen valor para evaluar "
            + "al país, no que su política sea deficiente.",
        limitTexts: "Las recomendaciones se dan con las palabras del registro, en inglés, tal como las consigna.",
        listSeparator: "; ")
}
