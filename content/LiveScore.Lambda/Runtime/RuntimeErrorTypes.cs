namespace LiveScore.Lambda.Runtime;

/// <summary>Values for the <c>Lambda-Runtime-Function-Error-Type</c> header, in the Category.Reason form Lambda recommends.</summary>
public static class RuntimeErrorTypes
{
    /// <summary><c>_HANDLER</c> is missing or names no function in the catalog.</summary>
    public const string NoSuchHandler = "Runtime.NoSuchHandler";

    /// <summary>The handler factory threw, typically because a configuration variable is missing or invalid.</summary>
    public const string ConfigInvalid = "Runtime.ConfigInvalid";

    /// <summary>The event arrived after its deadline (less the cancellation margin); the handler did not run.</summary>
    public const string DeadlineExceeded = "Runtime.DeadlineExceeded";

    /// <summary>The handler threw.</summary>
    public const string Unhandled = "Function.Unhandled";
}
