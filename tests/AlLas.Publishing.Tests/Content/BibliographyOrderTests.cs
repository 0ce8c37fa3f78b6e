using System.Globalization;
using AlLas.Publishing.Content;

namespace AlLas.Publishing.Tests.Content;

public class BibliographyOrderTests
{
    /// <summary>Surnames with accents, ñ, capitals and particles, as references start.</summary>
    private static readonly string[] Keys =
    [
        "Núñez|2019|Ciudades", "nuñez|2019|ciudades", "Nunez|2019|Ciudades", "Ñandú|2001|Aves", "Nándor|2001|x",
        "Álvarez|2010|La acción", "alvarez|2010|La accion", "Alvear|2008|Redes", "de la Fuente|1999|Agenda",
        "De La Fuente|1999|agenda", "Öztürk|2015|Urban", "Zapata Garesché|2007|Paradiplomacia", "zapata|2007|x",
        "Chávez|2020|Cooperación", "Cháves|2020|Cooperación", "Llorente|2011|Redes", "Lucero|2011|Redes",
        "CGLU|2016|Informe", "cglu|2016|informe", "Ibáñez|2012|Territorio", "O'Brien|2003|Cities", "Obregón|2003|Ciudad",
        "Müller|2018|Städte", "Mueller|2018|Staedte", "van der Berg|2014|Steden", "Vanegas|2014|Ciudades",
    ];

    [Fact]
    public void Entries_come_in_the_order_of_a_case_blind_Spanish_comparer()
    {
        var caseBlind = StringComparer.Create(CultureInfo.GetCultureInfo("es-ES"), ignoreCase: true);

        Assert.Equal(Keys.Order(caseBlind), Keys.Order(BibliographyOrder.Comparer));
        Assert.All(Keys, a => Assert.All(Keys, b => Assert.Equal(Math.Sign(caseBlind.Compare(a, b)), Math.Sign(BibliographyOrder.Comparer.Compare(a, b)))));
    }
}
