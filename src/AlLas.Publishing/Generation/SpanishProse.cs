using System.Text;

namespace AlLas.Publishing.Generation;

/// <summary>
/// Plausible Spanish prose on the international action of cities, built from a fixed bank of phrases
/// with a seeded random source: the same seed always gives the same text, so a measured publication can
/// be made again anywhere. Grammatical agreement is kept by pairing singular subjects with singular verbs.
/// </summary>
public sealed class SpanishProse(Random random)
{
    private static readonly string[] Subjects =
    [
        "La oficina de relaciones internacionales", "El gobierno local", "La coordinación del proyecto",
        "Cada ciudad socia", "La unidad de cooperación", "El equipo técnico municipal", "La alcaldía",
        "La dirección de asuntos internacionales", "La red de ciudades", "El área de promoción económica",
        "La secretaría de planificación", "El consejo municipal", "La agencia de cooperación local",
        "La administración metropolitana", "El programa de hermanamientos", "La mesa interinstitucional",
        "El responsable político de la acción exterior", "La comisión de seguimiento", "El observatorio urbano",
        "La estrategia de internacionalización",
    ];

    private static readonly string[] Verbs =
    [
        "impulsa", "coordina", "fortalece", "articula", "promueve", "consolida", "orienta", "define",
        "evalúa", "acompaña", "prioriza", "negocia", "documenta", "sostiene", "revisa", "amplía", "ordena",
        "financia", "difunde", "integra",
    ];

    private static readonly string[] Objects =
    [
        "la agenda internacional del municipio", "los convenios de hermanamiento", "la participación en redes temáticas",
        "el intercambio de buenas prácticas", "la captación de fondos de cooperación", "la promoción económica del territorio",
        "los proyectos de asistencia técnica", "la cooperación descentralizada", "el plan de acción exterior",
        "las misiones técnicas al extranjero", "la atracción de inversiones", "los acuerdos con organismos multilaterales",
        "la comunicación de los resultados", "la formación del personal", "el registro de las actividades internacionales",
        "los indicadores de seguimiento", "la relación con la cancillería", "las alianzas con universidades",
        "la visibilidad de la ciudad", "el diálogo con la sociedad civil", "los compromisos asumidos en los foros",
        "la presencia en ferias y congresos", "el presupuesto de la unidad", "la memoria institucional",
    ];

    private static readonly string[] Complements =
    [
        "con una visión de largo plazo", "en coordinación con las demás áreas de la administración",
        "a partir de los diagnósticos del taller", "según los recursos disponibles", "dentro del marco normativo nacional",
        "en diálogo con la sociedad civil", "sin perder de vista las prioridades del territorio",
        "con el respaldo explícito de la alcaldía", "a pesar de los cambios de gobierno", "de manera cada vez más profesional",
        "con criterios de transparencia", "en función de los ejes temáticos del proyecto", "con un equipo reducido",
        "mediante instrumentos sencillos de planificación", "en un contexto de recursos escasos",
        "con el apoyo de las redes de ciudades", "desde una perspectiva de género", "con metas medibles",
        "más allá del período de gobierno", "a escala metropolitana",
    ];

    private static readonly string[] Connectors =
    [
        "", "", "", "", "Además, ", "Sin embargo, ", "En este sentido, ", "Por otra parte, ", "En consecuencia, ",
        "Asimismo, ", "De este modo, ", "En la práctica, ", "Según los participantes, ", "En varios casos, ",
        "Con todo, ", "Por ello, ",
    ];

    private static readonly string[] Infinitives =
    [
        "reforzar", "ordenar", "medir", "sostener", "planificar", "comunicar", "evaluar", "institucionalizar",
        "proteger", "renovar",
    ];

    private static readonly string[] Reflections =
    [
        "Esto permite {inf} {obj} {comp}.",
        "El reto consiste en {inf} {obj} {comp}.",
        "Conviene {inf} {obj} antes de asumir nuevos compromisos.",
        "Los testimonios recogidos muestran que es posible {inf} {obj} {comp}.",
        "No siempre resulta fácil {inf} {obj} {comp}, como señalaron varias delegaciones.",
        "La experiencia acumulada aconseja {inf} {obj} {comp}.",
    ];

    private static readonly string[] Topics =
    [
        "Marco institucional de la acción internacional", "Recursos humanos y capacidades", "Instrumentos de planificación",
        "Financiación de la acción exterior", "Redes y alianzas", "Comunicación y visibilidad", "Seguimiento y evaluación",
        "Relación con el nivel nacional", "Cooperación técnica entre ciudades", "Promoción económica y atracción de inversiones",
        "Participación ciudadana", "Continuidad entre gobiernos", "Gestión del conocimiento", "Agenda de sostenibilidad",
        "Inclusión social y cooperación", "Atractividad territorial", "Diplomacia de ciudades", "Proyectos conjuntos",
        "Lecciones aprendidas", "Perspectivas y recomendaciones", "Formación de equipos", "Normativa y competencias",
    ];

    private static readonly string[] Qualifiers =
    [
        "en las ciudades socias", "en la práctica cotidiana", "según el taller", "en perspectiva comparada",
        "a escala metropolitana", "en el período reciente", "y sus límites", "como política pública", "entre socios",
        "en América Latina", "y sus instrumentos", "desde la experiencia local",
    ];

    private static readonly string[] Cities =
    [
        "Lima", "Quito", "Medellín", "Belo Horizonte", "Montevideo", "Morón", "Ciudad de México", "Bogotá",
        "Rosario", "Valparaíso", "Cuenca", "Guadalajara",
    ];

    private static readonly string[] Pending =
    [
        "confirmar la cifra con la oficina de cooperación", "añadir el ejemplo de la ciudad anfitriona",
        "citar la fuente del dato presupuestario", "revisar la redacción con la coordinación",
        "completar con las respuestas del cuestionario", "verificar la fecha del convenio",
    ];

    private static readonly string[] Families =
    [
        "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
        "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Vargas",
        "Castillo", "Jiménez", "Moreno", "Romero", "Herrera", "Medina", "Aguilar", "Vega", "Castro",
    ];

    private static readonly string[] Givens =
    [
        "Ana", "Luis", "María", "Jorge", "Carmen", "Pedro", "Lucía", "Andrés", "Elena", "Pablo", "Sofía",
        "Diego", "Rosa", "Javier", "Isabel", "Tomás",
    ];

    private static readonly string[] Publishers =
    [
        "Fondo de Cultura Económica", "Editorial Universitaria", "Diputació de Barcelona", "CIDOB", "FLACSO",
        "Siglo XXI Editores", "Observatorio de Cooperación Descentralizada", "Universidad del Rosario",
    ];

    private static readonly string[] Places =
    [
        "Ciudad de México", "Barcelona", "Buenos Aires", "Bogotá", "Quito", "Madrid", "Santiago de Chile", "Lima",
    ];

    private static readonly string[] Journals =
    [
        "Revista de Estudios Urbanos", "Desafíos", "Revista CIDOB d'Afers Internacionals", "Estudios Internacionales",
        "Cuadernos de Cooperación", "Gestión y Política Pública",
    ];

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double p) => random.NextDouble() < p;

    public int Between(int min, int max) => random.Next(min, max + 1);

    public string Subject() => Pick(Subjects);

    public string Object() => Pick(Objects);

    public string City() => Pick(Cities);

    public string Family() => Pick(Families);

    public string Given() => Pick(Givens);

    public string Publisher() => Pick(Publishers);

    public string Place() => Pick(Places);

    public string Journal() => Pick(Journals);

    public string PendingNote() => Pick(Pending);

    /// <summary>A sentence without its final period, so that a caller can hang a citation or a note on it.</summary>
    public string SentenceBody()
    {
        if (Chance(0.2))
        {
            var reflection = Pick(Reflections).Replace("{inf}", Pick(Infinitives)).Replace("{obj}", Pick(Objects)).Replace("{comp}", Pick(Complements));
            return reflection.TrimEnd('.');
        }
        var connector = Pick(Connectors);
        var subject = Pick(Subjects);
        if (connector.Length > 0) subject = char.ToLowerInvariant(subject[0]) + subject[1..];
        var text = new StringBuilder(connector).Append(subject).Append(' ').Append(Pick(Verbs)).Append(' ').Append(Pick(Objects));
        if (Chance(0.7)) text.Append(' ').Append(Pick(Complements));
        if (Chance(0.25)) text.Append(", en particular en ").Append(Pick(Cities));
        return text.ToString();
    }

    /// <summary>A short phrase for a list item, a table cell or a caption: a capitalised object with a complement.</summary>
    public string Phrase(bool complement = true)
    {
        var obj = Pick(Objects);
        var text = char.ToUpperInvariant(obj[0]) + obj[1..];
        return complement ? text + " " + Pick(Complements) : text;
    }

    public string Heading() => Chance(0.5) ? Pick(Topics) : $"{Pick(Topics)} {Pick(Qualifiers)}";

    public string Quoted() => $"\"{Pick(Objects)}\"";
}
