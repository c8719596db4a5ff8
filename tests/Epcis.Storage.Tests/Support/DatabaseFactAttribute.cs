using Xunit.Abstractions;
using Xunit.Sdk;

namespace Epcis.Storage.Tests.Support;

/// <summary>Names the database a sealed suite binding runs on.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StoreBindingAttribute(DatabaseKind kind) : Attribute
{
    public DatabaseKind Kind { get; } = kind;
}

/// <summary>
/// A fact of an abstract database suite: skipped when the binding's database is unavailable (see
/// <see cref="TestDatabases.SkipReason"/>). The discoverer sees the concrete sealed class, so one attribute on the
/// abstract suite serves every binding.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Epcis.Storage.Tests.Support.DatabaseFactDiscoverer", "Epcis.Storage.Tests")]
public sealed class DatabaseFactAttribute : FactAttribute;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var binding = testMethod.TestClass.Class.GetCustomAttributes(typeof(StoreBindingAttribute)).FirstOrDefault();
        string? skip = binding is null ? null : TestDatabases.SkipReason(binding.GetConstructorArguments().OfType<DatabaseKind>().First());
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        if (skip is not null)
            return [new XunitSkippedDataRowTestCase(diagnostics, display, displayOptions, testMethod, skip)];
        return [new XunitTestCase(diagnostics, display, displayOptions, testMethod)];
    }
}
